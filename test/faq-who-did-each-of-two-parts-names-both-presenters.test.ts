import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const quoted = (s: string, n: number) => s.split('\n').slice(0, n).join('\n');

describe('a question asking who presented each of two parts', () => {
  it('quotes the presenter line of each part first, in English', () => {
    const a = faq.askLocal('who presented SNS and who presented the FollowMe challenge?');
    expect(quoted(a.answer, 2)).toContain('喻晓凤');
    expect(quoted(a.answer, 2)).toContain('司晴');
  });

  it('finds the second part outside the sections the whole question ranked first, in Chinese', () => {
    const a = faq.askLocal('FollowMe那段是谁讲的? 另外SNS那段又是谁讲的?');
    expect(quoted(a.answer, 2)).toContain('司晴');
    expect(quoted(a.answer, 2)).toContain('喻晓凤');
  });

  it('names one presenter for a question about one part', () => {
    const a = faq.askLocal('SNS那段是谁讲的？');
    expect(a.answer.split('\n')[0]).toContain('喻晓凤');
    expect(a.answer).not.toContain('司晴');
  });
});
