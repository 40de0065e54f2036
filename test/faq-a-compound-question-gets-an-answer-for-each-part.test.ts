import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};

describe('a compound question gets an answer for each part', () => {
  it('a count and a question about one item are both answered, though the whole question names no counted line', () => {
    const a = answer('How many chapters does the Verified Supplier course have, and what is chapter 4 about?');
    expect(a.split('\n')[0]).toMatch(/^4 chapters/);
    expect(a).toContain('如何成为 金品商家');
  });

  it('a Chinese figure question and a yes/no after a comma each get their lead, each a sentence', () => {
    const lead = answer('法人提现手续费多少，支持美元吗？').split('\n')[0]!;
    expect(lead).toMatch(/0\.3%。/);
    expect(lead).toMatch(/不是。美元不在支持币种内/);
  });

  it('a condition before the comma is no part of its own: the count times the price is still worked out', () => {
    expect(answer('如果700个名额都报满，按原价算一共值多少钱？').split('\n')[0]).toMatch(/^105万元/);
  });
  it('lettered parts share the ask written before "(a)", and a part may be answered from a section ranked next', () => {
    const lead = answer('Just to confirm: how many days do (a) products pending rectification and (b) merchants on the April list get to fix things?').split('\n')[0]!;
    expect(lead).toMatch(/14/);
    expect(lead).toMatch(/7 days/);
  });
});
