import { describe, expect, it } from 'vitest';
import { FIGURE_CLAUSE_BREAK, FIGURE_CLAUSE_BREAK_SPACED } from '../src/faq/asking.js';

// The proposed figure (polarity.ts) and the yes/no clause after a question for a figure (compose.ts) read the question's
// clauses with one definition of where a clause ends: a thousands comma or a decimal point is inside a figure, the
// enumeration comma and punctuation of either language end a clause; compose.ts also ends one at a space between Chinese
// words.
const split = (q: string, re: RegExp) => q.split(re).map((c) => c.trim()).filter(Boolean);

describe("a proposed figure's clause ends at one shared break", () => {
  it('keeps a thousands comma and a decimal point inside the figure', () => {
    expect(split('Is the waiver above 300,000 dollars, or 0.3%?', FIGURE_CLAUSE_BREAK)).toEqual(['Is the waiver above 300,000 dollars', 'or 0.3%']);
    expect(split('Is the waiver above 300,000 dollars, or 0.3%?', FIGURE_CLAUSE_BREAK_SPACED)).toEqual(['Is the waiver above 300,000 dollars', 'or 0.3%']);
  });

  it('ends a clause at punctuation of either language and the enumeration comma', () => {
    expect(split('要几天内改完？也是14天吗？', FIGURE_CLAUSE_BREAK)).toEqual(['要几天内改完', '也是14天吗']);
    expect(split('价格、MOQ是7天吗', FIGURE_CLAUSE_BREAK)).toEqual(['价格', 'MOQ是7天吗']);
  });

  it('the spaced break also ends a clause at a space between Chinese words, the plain one does not', () => {
    expect(split('潜力品要发多少个啊 还是30个吗', FIGURE_CLAUSE_BREAK_SPACED)).toEqual(['潜力品要发多少个啊', '还是30个吗']);
    expect(split('潜力品要发多少个啊 还是30个吗', FIGURE_CLAUSE_BREAK)).toEqual(['潜力品要发多少个啊 还是30个吗']);
  });
});
