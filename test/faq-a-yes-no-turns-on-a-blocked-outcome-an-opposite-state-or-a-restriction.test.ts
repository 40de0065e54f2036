import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a yes/no turns on a blocked outcome, a state the line requires the opposite of, or a restriction put to the test', () => {
  it('asking whether something is blocked is answered yes by a line saying it cannot happen', () => {
    expect(lead('For some product types, will the platform reject a listing whose price is way outside the reasonable range?')).toMatch(/^Yes\b/);
  });

  it('asking to stay logged in, against a line that requires logging out, is answered no (not "LinkedIn is listed")', () => {
    expect(lead('Do I need to be signed in to LinkedIn before I bind it again?')).toMatch(/^No\b/);
    expect(lead('绑定领英的时候要保持领英登录状态吗？')).toMatch(/^不需要/);
  });
  it('a leading question that restricts ("Isn\'t it only ...") is no when the lines state no restriction, yes when they do', () => {
    expect(lead("Isn't steering buyers off-platform only punished when it happens in the chat window?")).toMatch(/^No\b/);
    expect(lead('难道只有买家投诉了平台才会查虚假价格吗？')).toMatch(/^不/);
    expect(lead("Isn't the legal representative withdrawal only in RMB?")).toMatch(/^Yes\b/);
  });
  it('a line that lifts a limit answers no to whether something is blocked', () => {
    expect(lead('A new store finishes its newcomer tasks after day 30: is star-level evaluation blocked for good?')).toMatch(/^No\b/);
  });

  it('a "no" to "is that fine" from a line listing a violation says it is one', () => {
    expect(lead("Putting my WeChat ID in the signature of inquiry replies, that's fine, right?")).toMatch(/^No\. It counts as a violation\./);
  });
});
