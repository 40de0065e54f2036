import { expect } from 'vitest';
import { createPolicyFaq } from '../../src/faq/index.js';

/** The shipped FAQ, LLM off, with assertions that a question is declined or answered; each returns the reply text. */
export function faqAsserts() {
  const faq = createPolicyFaq({ llm: null });
  const expectDeclined = (declined: boolean) => (q: string) => {
    const a = faq.askLocal(q);
    expect(a.declined, `${q} -> ${a.answer.slice(0, 160)}`).toBe(declined);
    return a.answer;
  };
  return { faq, declined: expectDeclined(true), answered: expectDeclined(false) };
}
