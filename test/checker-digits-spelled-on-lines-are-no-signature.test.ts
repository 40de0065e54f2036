import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A number written in Chinese numerals or English digit words, a few on each line, is a figure, never a name: the
// draft is not a signature, and the classifier reads it. A real signature with a numeral in a name stays one.
describe('digits spelled on lines are no signature', () => {
  it.each([
    ['Chinese numerals on lines', '我的号：\n一三九\n零五三九\n八八一零'],
    ['English digit words on lines', 'Mike\nfour five six\nseven seven two one'],
  ])('is read, not skipped as a signature: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.explain.join(' / ')).not.toContain('only a greeting, sign-off or signature');
    expect(r.leak, JSON.stringify(r.explain)).toBe(true);
  });
  it.each([
    ['a Chinese signature with 一 in the name', '此致\n敬礼\n王一鸣 | 销售经理'],
    ['an English sign-off', 'Best regards,\nLisa Wang\nSales Manager'],
  ])('stays a signature: %s', (_what, text) => {
    expect(checker.checkLocal(text).verdict).toBe('pass');
  });
});
