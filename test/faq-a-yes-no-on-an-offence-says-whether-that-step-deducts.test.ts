import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a yes/no on an offence of the penalty ladder says whether that step deducts', () => {
  it('the first offence is a warning: "会扣分吗" is answered 不会', () => {
    expect(lead('第一次被发现引导买家去微信，会扣分吗？')).toMatch(/^不会。第1次：警告/);
  });

  it('a later offence deducts: yes, with the points', () => {
    expect(lead('Will my second offence for asking buyers onto WhatsApp cost points?')).toMatch(/^Yes\. 2nd offence: 3 points/);
  });

  it('a number of points the asker names is checked against the step', () => {
    expect(lead('Is it 6 points for the third time I steer a buyer off-platform?')).toMatch(/^No\. 3rd offence: 3 points/);
    expect(lead('第5次引导站外是不是扣6分？')).toMatch(/^是的。第5次：扣6分/);
  });
});
