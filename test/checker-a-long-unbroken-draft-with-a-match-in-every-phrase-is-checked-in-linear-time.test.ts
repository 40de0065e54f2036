import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A pattern rule's "unless" words are looked up once per sentence, not once per match: 100 KB without a sentence
// break and with a match in every phrase took 17 s (46 s with the follow-up rules) when each match re-read the
// whole sentence. The bound is generous (a loaded CI machine); quadratic work misses it by an order of magnitude.
describe('long unbroken drafts', () => {
  for (const phrase of ['发到您邮箱发', 'send mail by email ', 'fuera de alibaba sin comision ']) {
    it(`checks 100 KB of "${phrase.trim()}" in linear time`, () => {
      const text = phrase.repeat(Math.ceil(100_000 / phrase.length));
      const t0 = performance.now();
      const r = checker.checkLocal(text);
      expect(performance.now() - t0).toBeLessThan(4000);
      expect(r.leak).toBe(true);
    });
  }
});
