import { describe, expect, it } from 'vitest';
import { classify } from '../src/core/intent.js';
import { createJobClassifier } from '../src/routing/index.js';

/**
 * A message the job model reads as a reminder request but that wonders about a rule in words, with no question mark
 * ("wondering if the fix window counts weekends", "想知道…算不算…"), asks the rule: it is answered, not offered as a case to
 * track. Asked to be reminded in words, it is still a reminder request; wondering aloud to a buyer is still a draft.
 */
const jobs = createJobClassifier();
const plain = (text: string) => classify(text, { isReminderCommand: false, verdict: () => 'pass', jobs, statesCase: () => false }).job;

describe('a rule wondered about in words is a question', () => {
  it.each([
    'wondering if the 14-day fix window counts weekends too',
    'just wondering whether the 7 day window for named stores starts on the notice date',
    '想知道整改期14天算不算周末',
    'I want to know whether the 30-day newbie tasks count from the signing day',
  ])('%s', (text) => {
    expect(plain(text)).toBe('ask');
  });
});

describe('a reminder asked in words, or wondering aloud to a buyer, keeps its job', () => {
  it('a reminder asked for after the wondering is one', () => {
    expect(plain('wondering if I can still fix P88 in time — remind me on Friday')).toBe('remind');
  });
  it('wondering to a buyer whether they could send something is a draft', () => {
    expect(plain('I was wondering if you could send the deposit slip by Friday.')).toBe('check');
  });
});
