import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// A question typed in Traditional Chinese is read in Simplified; "a little more" falls short only of a condition stated
// at a degree, not of one the best line states at none ("实际收取的运费比发布的产品运费高"); and "…or nah?", "…or not?"
// tag a yes/no, they offer no second alternative.
const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, `${q} -> ${a.answer}`).toBe(false);
  return a.answer;
};
const lead = (q: string) => answer(q).split('\n')[0]!;

describe('a Traditional question, a degree of another condition and an "or not" tag are answered', () => {
  it('a question in Traditional Chinese finds the lines its Simplified form would', () => {
    expect(answer('實際收的運費比頁面上標的高一點點，這個也算嗎？？')).toContain('实际收取的运费比发布的产品运费高');
    expect(lead('簽名裡放WhatsApp號碼算違規嗎')).toMatch(/^是/);
  });

  it('a small degree of a condition stated at no degree still meets it', () => {
    expect(lead('实际收的运费比页面上标的高一点点，这个也算吗？')).toMatch(/^是/);
    expect(lead('实际收取的运费比发布的高一点，也算违规吗')).toMatch(/^是/);
    expect(lead('We charge the buyer slightly more shipping than the listed shipping fee. Does that count?')).toMatch(/^Yes/);
  });

  it('a small degree of a condition stated only at a large one still falls short', () => {
    expect(lead('比同行便宜一点点也算虚假价格吗')).toMatch(/^不算/);
    expect(lead('运费比一般水平高一点点算吗')).toMatch(/^不算/);
  });

  it('"or nah", "or not", "or nope" after a yes/no offer no alternative', () => {
    expect(lead('our unit price is legit but we put shipping at like $900 on a $2 item so buyers contact us first lol. that covered by the rule or nah?')).toMatch(/^Yes/);
    expect(lead('we set the shipping fee crazy high on a cheap item, is that a violation or not?')).toMatch(/^Yes/);
    expect(lead('Listing shipping way above normal on a cheap product — does that count, or nope?')).toMatch(/^Yes/);
  });
});
