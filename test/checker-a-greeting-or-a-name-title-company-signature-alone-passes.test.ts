import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A greeting, a sign-off or a signature holding only a name, a title and a company gives nothing and asks nothing:
// the classifier, which knows such lines mostly from signatures that leak, is not asked about it.
const passes: Array<[string, string]> = [
  ['a formal greeting', 'Dear Sirs,'],
  ['a greeting with a name', 'Good afternoon Mr. Okafor!'],
  ['a Chinese greeting', '亲爱的朋友，早上好！'],
  ['a title alone', 'Export Sales Manager'],
  ['a full signature', 'Warm regards,\nDaniel Zhou\nOverseas Sales Director\nXiamen Brightway Industrial Co., Ltd.'],
  ['a one-line signature with bars', 'Amy Liu | Account Manager | Foshan Keda Trading Co., Ltd.'],
  ['a Chinese signature', '顺祝商祺\n陈静\n外贸部经理\n义乌市佳美饰品有限公司'],
];

const leaks: Array<[string, string]> = [
  ['a greeting, then an unnamed place to talk', 'Hello friend, easier there'],
  ['a signature with a phone line', 'Best regards,\nDaniel Zhou\nSales Director\nMob: +86 139 2345 6789'],
  ['a greeting, then a name and a hint', 'Hi Tom, you know where to find me'],
];

describe('a greeting or a name/title/company signature alone passes; anything more is still checked', () => {
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
    expect(r.explain.join(' ')).toContain('classifier not asked');
  });
  it.each(leaks)('still a leak: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.leak, JSON.stringify(r.explain)).toBe(true);
  });
});
