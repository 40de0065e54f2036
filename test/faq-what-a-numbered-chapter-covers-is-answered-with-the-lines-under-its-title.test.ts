import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};

describe("a question on what a numbered chapter covers gets the lines under that chapter's title", () => {
  it('Chinese ordinal: the items of chapter 2, not the course heading alone', () => {
    const a = answer('金品课程的第二章都包括什么？');
    expect(a).toMatch(/深度认证/);
    expect(a).toMatch(/VR实景展厅/);
    expect(a).not.toMatch(/新手期/);
  });

  it('English number: chapter 3 stops before chapter 4', () => {
    const a = answer('Which topics are in chapter 3 of the gold supplier course?');
    expect(a).toMatch(/成长期/);
    expect(a).not.toMatch(/第四章/);
  });
});
