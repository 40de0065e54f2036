import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

/**
 * "We can't accept payment outside the platform, please pay via the Trade Assurance link": the refusal, written with
 * an apostrophe (straight or curly) as people type it, is the compliant answer, not a condition put on Trade
 * Assurance; a condition stated in its own sentence still is one.
 */
const checker = createDraftChecker({ llm: null });

describe('refusing off-platform payment, with an apostrophe', () => {
  it.each([
    "We can't accept payment outside the platform, please pay via the Trade Assurance link",
    'we can’t take payment off the platform, kindly use the Trade Assurance order we sent',
    "Sorry, we won't accept payments outside Alibaba, the TA link in your order is the way",
    "Please don't transfer money outside Alibaba, pay through Trade Assurance only",
  ])('%s passes', (text) => {
    expect(checker.checkLocal(text).verdict).toBe('pass');
  });

  it('a condition on Trade Assurance in its own sentence still blocks', () => {
    expect(checker.checkLocal("We can't accept payment outside the platform. Trade Assurance is only for orders above USD 5000.").verdict).toBe('block');
  });
});
