import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskKinds } from '../src/faq/asks.js';

const faq = createPolicyFaq({ llm: null });
const meaning = loadAskKinds().find((k) => k.id === 'meaning')!;

describe('what a term means', () => {
  it('is an ask in Chinese and English wordings, not any question with 意思 in it', () => {
    expect(meaning.trigger.test('榜单里的“精准买家Push”是什么意思？')).toBe(true);
    expect(meaning.trigger.test("What does 'exclusive topic' mean for a Top 300 seller?")).toBe(true);
    expect(meaning.trigger.test('不好意思，想问下提现多久到账？')).toBe(false);
  });

  it('is declined when the briefing only names the term in a leaderboard table', () => {
    const a = faq.askLocal('优质榜前300名的“专属话题”具体是啥意思？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/具体指什么/);
  });

  it('is answered where the briefing explains the term ("法人" stands for the legal representative)', () => {
    const a = faq.askLocal('Pay里说的“法人”是什么意思？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('法定代表人');
  });
});
