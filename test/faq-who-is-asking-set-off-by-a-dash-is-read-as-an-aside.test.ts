import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadColloquial } from '../src/faq/colloquial.js';

// "trainer here - for my slide, what kinds of…": who is asking, said before the question and set off by a dash instead of
// a colon, was read as words of the question ("trainer" named no line, so the topic's ranking counted it unknown and the
// answer was declined). Set off by a dash after "here"/"asking" it is an aside, like "Trainer here:"; a topic label
// before a dash ("Pay fees - how much…") stays.
const colloquial = loadColloquial(join(process.cwd(), 'rules'))!;

describe('who is asking, set off by a dash, is read as an aside', () => {
  it('a role with "here" or "asking" before a dash or a colon goes', () => {
    expect(colloquial.read('ops here — what does the briefing count as false product information?').trim()).toBe('what does the briefing count as false product information?');
    expect(colloquial.read('sales asking - is WhatsApp in a signature a violation?').trim()).toBe('is WhatsApp in a signature a violation?');
    expect(colloquial.read('intern here: how long is the newbie period?').trim()).toBe('how long is the newbie period?');
  });

  it('a topic label before a dash stays', () => {
    expect(colloquial.read('Pay fees - how much is the corporate withdrawal fee?')).toBe('Pay fees - how much is the corporate withdrawal fee?');
    expect(colloquial.read('sales - how do we report a buyer?')).toBe('sales - how do we report a buyer?');
  });
});
