import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "any video ok?" drops the verb of "is any video ok?", which anyWillDo read: the line qualifies the video
// ("发布1条非低质视频产品"), so not any one will do.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('"any X ok?" against a line that qualifies X', () => {
  it('is a no', () => {
    expect(lead('For the newcomer video task, any video okay?')).toMatch(/^No\./);
  });
});
