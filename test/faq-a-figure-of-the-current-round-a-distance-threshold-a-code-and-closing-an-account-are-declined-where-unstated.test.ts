import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskKinds } from '../src/faq/asks.js';
import { findPeriod } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });
const kinds = loadAskKinds();
const trips = (id: string, q: string) => kinds.find((k) => k.id === id)!.trigger.test(q);

describe('a figure the briefing dates to its own round is not the figure of another period', () => {
  it('reads a second list or batch as a period in English', () => {
    expect(findPeriod('how long is the second batch of violators going to be?')).toBe('second batch');
    expect(findPeriod('any news on the 2nd round list?')).not.toBeNull();
    expect(findPeriod('a second look at my listing, please')).toBeNull();
  });

  it('declines how many merchants the next list will name, in either language', () => {
    expect(faq.askLocal('第二批严重违规商家名单会公示多少家？').declined).toBe(true);
    expect(faq.askLocal('How many sellers will the second batch of violators name?').declined).toBe(true);
  });

  it('still answers when the next list comes out (a line dates it)', () => {
    const a = faq.askLocal('When does the second batch of violators get published?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/late May|5月下旬/);
  });
});

describe('a threshold asked as a distance wants a figure', () => {
  it('declines how far below the market price counts as far off, in either language', () => {
    expect(faq.askLocal('By how much does my price need to undercut similar products before it is treated as far from the market price?').declined).toBe(true);
    expect(faq.askLocal('发布价格比同行同类产品低几成才算相差甚远？').declined).toBe(true);
  });
});

describe('the number or code of a standard, a certificate or a rule is an identifier', () => {
  it('trips on the wordings of either language and not on asking which standard', () => {
    expect(trips('identifier', '纸制品那个团体标准的标准号是什么？')).toBe(true);
    expect(trips('identifier', "What's the certificate number we would get for the green factory?")).toBe(true);
    expect(trips('identifier', '纸质包装对应哪个标准？')).toBe(false);
  });

  it('declines a standard number the briefing never gives', () => {
    expect(faq.askLocal('1+N团体标准的编号是多少？').declined).toBe(true);
  });
});

describe('closing what one holds is a cancel ask; the platform closing an account is not', () => {
  it('trips on an intent or a procedure to close', () => {
    expect(trips('cancel', '全球收款账户不想用了，怎么关掉？')).toBe(true);
    expect(trips('cancel', '我们打算把Pay账户close掉')).toBe(true);
    expect(trips('cancel', '情节严重的话平台会关闭账户吗')).toBe(false);
  });

  it('declines how to close the collection account, and still answers whether the platform may close one', () => {
    expect(faq.askLocal('全球收款账户不想用了，怎么关掉？').declined).toBe(true);
    expect(faq.askLocal('情节严重的话平台会关闭账户吗').declined).toBe(false);
  });
});
