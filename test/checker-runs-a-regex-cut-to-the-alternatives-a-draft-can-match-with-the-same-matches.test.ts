import { describe, expect, it } from 'vitest';
import { LiteralScanner, prunedRegex, topAlternatives } from '../src/checker/literals.js';

const all = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, m[0]]);

describe('a regex cut per draft to the alternatives whose literals the draft holds', () => {
  it('splits only at top-level bars and opens groups that wrap a whole alternative', () => {
    expect(topAlternatives('(?:a|b)|c[|]d|(e|f)g|\\|h')).toEqual(['a', 'b', 'c[|]d', '(e|f)g', '\\|h']);
  });

  const re = /\b(?:my|our)\s(?:bank\s)?account\b|\bwallet\saddress\b|(?<!not\s)\bzelle\b|我的(?:银行)?卡|\bpay\b/g;
  const scanner = new LiteralScanner();
  const pruned = prunedRegex(re, scanner);
  it.each([
    'please pay to my bank account or our account, not zelle',
    'send it by zelle to the wallet address',
    '打到我的银行卡，或者 my account',
    'nothing to see here',
    'payment by zelle only; my accountant will check',
  ])('finds the same matches as the whole regex in %j', (s) => {
    const picked = pruned.pick(scanner.scan(s));
    expect(picked === null ? [] : all(picked, s)).toEqual(all(re, s));
  });

  it('runs no regex on a draft that holds none of the literals', () => {
    expect(pruned.pick(scanner.scan('thank you for your order'))).toBeNull();
  });

  it('drops alternatives the draft cannot match', () => {
    expect(pruned.pick(scanner.scan('use zelle'))!.source).not.toContain('wallet');
  });
});
