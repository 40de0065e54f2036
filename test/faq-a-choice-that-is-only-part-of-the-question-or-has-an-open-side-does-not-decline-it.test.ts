import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createPolicyFaq } from '../src/faq/index.js';
import { choiceIsPartOfTheAsk, loadAlternativeRules, offeredAlternatives } from '../src/faq/alternatives.js';

// The wordings here are written for this test (no question set holds them): a merchant asks something of their own
// (what happens, how much, where) and adds two guesses, or guesses one outcome "or worse"; or puts a choice whose
// answer a line words as adding things up ("合计") or as the platform doing it "itself".
const faq = createPolicyFaq({ llm: null });
const rules = loadAlternativeRules(join(__dirname, '..', 'rules', 'ask', 'alternatives.yaml'))!;
const partOfTheAsk = (q: string) => {
  const sides = offeredAlternatives(q, rules);
  return !!sides && choiceIsPartOfTheAsk(q, sides, rules);
};

describe('a choice that is only part of what the question asks', () => {
  it.each([
    '假SKU越积越多或者屡教不改，店铺会被怎么处罚？',
    'our fake-MOQ items keep piling up or repeating — what will happen to the shop?',
    '课件在哪里下载？用手机还是电脑看？',
    'how much is the fee for legal-rep withdrawals? weekly or monthly payout?',
    'in what stage can buyers report a fake SKU or a fake freight charge?',
  ])('is recognised as one part of another ask: %s', (q) => {
    expect(partOfTheAsk(q)).toBe(true);
  });

  it.each([
    'Is the 14-day fix window counted in calendar days or working days?',
    '整改那7天是自然日还是工作日？',
    '星等级多久评一次？按月还是按季度？',
    'how often is the star level refreshed, daily or weekly?',
    'Does the platform only step in when a buyer reports us, or does it scan listings itself?',
  ])('is still the whole question when nothing else is asked, or the other ask is the one the sides answer: %s', (q) => {
    expect(partOfTheAsk(q)).toBe(false);
  });

  it('is answered by the lines that answer the rest (the consequences of piling up or repeating)', () => {
    const a = faq.askLocal('如果假价格的产品越积越多或者屡教不改，店铺会被怎么处理？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/删除|屏蔽/);
  });
});

describe('a choice whose second side names no alternative', () => {
  it.each(['fake price flag on a listing: demoted only, or something worse?', '虚假价格被查到，是只降权还是更严重？', '假价格被抓到以后，产品是被降权，还是别的？'])(
    'asks what happens, and is answered: %s',
    (q) => {
      const sides = offeredAlternatives(q, rules);
      expect(sides && choiceIsPartOfTheAsk(q, sides, rules)).toBe(true);
      expect(faq.askLocal(q).declined).toBe(false);
    },
  );
});

describe('a side the lines word in their own way', () => {
  it('"all together" is held by a line adding the modes up (合计)', () => {
    const a = faq.askLocal('For the USD 300k fee-free limit, is each withdrawal mode counted on its own, or all together?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('合计');
  });

  it('"does it detect them itself" is held by the line on automatic detection (the reflexive is no part of the side)', () => {
    expect(offeredAlternatives('Does Alibaba only react to buyer complaints, or does it catch fake SKU listings itself?', rules)?.[1]).toBe('catch fake SKU listings');
    const a = faq.askLocal('Does Alibaba only react to buyer complaints, or does it catch fake SKU listings itself?');
    expect(a.declined).toBe(false);
  });
});
