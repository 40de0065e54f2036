import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "How many items were under X?": "items" names no thing of its own, so no line "named" it and the count was declined;
// the list the question names beside it is what is counted. Wordings written for this test.
const faq = createPolicyFaq({ llm: null });

describe('a count of items counts the list the question names', () => {
  it('a generic noun counts the named list', () => {
    const a = faq.askLocal("the agenda's key focus part: how many items does it have?");
    expect(a.declined).toBe(false);
    expect(a.answer.split('\n')[0]).toMatch(/\b4\b/);
  });

  it('near miss: a count of a named thing still needs that thing named', () => {
    expect(faq.askLocal('How many lecturers are listed for the Gold Supplier course?').answer.split('\n')[0]).toMatch(/\b7\b/);
  });
});
