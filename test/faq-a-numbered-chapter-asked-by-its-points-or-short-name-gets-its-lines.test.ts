import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "第二章…列了哪几个点", "ch.2 of the course": three writers (rounds 33, 34, 36) asked for a chapter's points. 哪几个点 was read
// as a rate (几个点, "how many percentage points") and declined as a fee; "ch.2" was no chapter. Both are asked of the
// lines under the chapter's title.
const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};

describe('a numbered chapter asked by its points or a short name gets its lines', () => {
  it('哪几个点 of chapter two: the points it lists, not a fee', () => {
    const a = answer('金品课程第二章讲的是哪几个点？');
    expect(a).toMatch(/VR实景展厅/);
    expect(a).toMatch(/数据参谋/);
  });

  it('"ch. 3" of the gold course: the services by stage', () => {
    expect(answer('what does ch. 3 of the Verified Supplier course go through?')).toMatch(/成长期/);
  });

  it('几个点 still asks a rate', () => {
    expect(answer('法人提现收几个点？')).toMatch(/%/);
  });
});
