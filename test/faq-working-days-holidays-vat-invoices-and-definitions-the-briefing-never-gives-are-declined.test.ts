import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('asks for how days are counted, a VAT invoice or what defines a named thing are declined where the topic never says', () => {
  it('declines whether a plain-days period skips weekends or public holidays, naming what is not stated', () => {
    const en = faq.askLocal('If the 14 day fix window runs over the National Day holiday, do those days still count?');
    expect(en.declined).toBe(true);
    expect(en.answer).toMatch(/weekends and public holidays/);
    expect(en.answer).toContain('14');
    const zh = faq.askLocal('待整改产品那14天遇到五一放假，节假日算在里面吗');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toMatch(/简报没有说明/);
  });

  it('still answers how long a step takes where the topic states its days, and the rectification period itself', () => {
    const days = faq.askLocal('对公提现多久能到账');
    expect(days.declined).toBe(false);
    expect(days.answer).toMatch(/4小时/);
    const period = faq.askLocal('待整改的产品要在几天内改完？');
    expect(period.declined).toBe(false);
    expect(period.answer).toContain('14天');
  });

  it('declines a VAT special invoice (专票) for a fee, as it declines any invoice', () => {
    const a = faq.askLocal('法人账户提现扣的手续费可以开专票给我们财务吗？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/发票/);
  });

  it('declines what makes a thing one of a named kind when the topic only names it ("怎么定义", "什么样的…算")', () => {
    expect(faq.askLocal('新手任务说的潜力品，平台是怎么定义的？').declined).toBe(true);
    expect(faq.askLocal('什么样的产品视频会被算成低质视频？').declined).toBe(true);
  });

  it('answers a definition the briefing does give', () => {
    const a = faq.askLocal('平台是怎么定义“主动引导”买家线下沟通的？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/主动引导/);
  });
});
