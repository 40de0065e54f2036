import { expect, it } from 'vitest';
import type { DraftChecker } from '../../src/checker/index.js';

/**
 * What every caught leak must show: a finding that covers `cover`, each finding with its span, rule, reason and
 * quoted clause, and a rewrite that the checker itself lets through.
 */
export function expectCaughtWithEvidence(checker: DraftChecker, text: string, cover: string, verdict: 'leak' | 'block' = 'leak'): void {
  const r = checker.checkLocal(text);
  if (verdict === 'block') expect(r.verdict, JSON.stringify(r.explain)).toBe('block');
  else expect(r.leak, JSON.stringify(r.explain)).toBe(true);
  const at = text.indexOf(cover);
  expect(r.findings.some((f) => f.start <= at && f.end >= at + cover.length), JSON.stringify(r.findings.map((f) => f.excerpt))).toBe(true);
  for (const f of r.findings) {
    expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(f.rule).toBeTruthy();
    expect(f.reason).toBeTruthy();
    expect(f.clause.length).toBeGreaterThan(4);
  }
  const again = checker.checkLocal(r.rewrite!);
  expect(again.verdict, r.rewrite!).toBe('pass');
}

/** A table of compliant drafts that must pass and near twins that must still leak, one test per row. */
export function itPassesAndStillLeaks(checker: DraftChecker, passes: Array<[string, string]>, leaks: Array<[string, string]>): void {
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
  it.each(leaks)('still a leak: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.leak, JSON.stringify(r.explain)).toBe(true);
  });
}

/**
 * A table of leaks that must be caught, each finding's excerpt being the text at its span, and of look-alikes that must
 * pass; one test per row.
 */
export function itLeaksWithSpansAndPasses(checker: DraftChecker, leaks: Array<[string, string]>, passes: Array<[string, string]>): void {
  it.each(leaks)('leak: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.leak, JSON.stringify(r.explain)).toBe(true);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
}
