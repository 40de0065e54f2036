import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

/** CPU milliseconds of the calling process for one check (the best of `runs`, so a neighbour's burst counts least). */
function cpuMs(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    checker.checkLocal(text);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

// A pattern rule's "unless" words are looked up once per sentence, not once per match: 100 KB without a sentence
// break and with a match in every phrase took 17 s (46 s with the follow-up rules) when each match re-read the
// whole sentence. Measured as a ratio of CPU time in one run, not against a clock (the CI machine is shared): per KB,
// 100 KB costs about what 10 KB does when the work is linear, and ten times as much when it is quadratic.
describe('long unbroken drafts', () => {
  for (const phrase of ['发到您邮箱发', 'send mail by email ', 'fuera de alibaba sin comision ']) {
    it(`checks 100 KB of "${phrase.trim()}" in linear time`, () => {
      const of = (size: number) => phrase.repeat(Math.ceil(size / phrase.length));
      expect(checker.checkLocal(of(100_000)).leak).toBe(true);
      const small = cpuMs(of(10_000), 5);
      const large = cpuMs(of(100_000), 2);
      // 1 ms of floor keeps a tiny 10 KB time from inflating the ratio through timer granularity
      expect(large / 10 / Math.max(small, 1)).toBeLessThan(4);
    });
  }
});
