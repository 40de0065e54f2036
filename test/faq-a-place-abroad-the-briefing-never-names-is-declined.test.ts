import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe("a place abroad named as the merchant's, its factory's or its account's", () => {
  it.each([
    'Can a textile mill in Bangladesh get the green factory badge?',
    '越南的工厂能申请绿色工厂标签吗？',
    'Is there a Pay local receiving account for the UK?',
    'Pay有没有英国本地收款账户？',
    'Can a company registered in Malaysia open the Alibaba.com Pay global account?',
  ])('is declined when no quoted line names it, a region holding it or going abroad: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/does not state anything for|简报没有说明.{1,6}的情况/);
  });
});

describe('a place the briefing does speak of, or that is only where the other party is', () => {
  it('answers for a country its region holds (Germany by the European local account), the buyer being there', () => {
    const a = faq.askLocal('A buyer in Germany pays into the Europe local account — any intermediary bank fee?');
    expect(a.declined).toBe(false);
  });

  it('answers for a place a line of the quoted topic names (the Vietnam hair example, a Singapore company on the list)', () => {
    expect(faq.askLocal("In the Vietnam hair example, what's the MOQ for a customized logo?").declined).toBe(false);
    expect(faq.askLocal('4月违规名单里有新加坡的公司吗').declined).toBe(false);
  });

  it('reads a country adjective before a currency as the currency, and a client abroad as the story', () => {
    expect(faq.askLocal('does the global account accept Canadian and Australian dollars').declined).toBe(false);
    expect(faq.askLocal("our client's finance team in Nigeria asks which banks hold the global collection account").declined).toBe(false);
  });
});
