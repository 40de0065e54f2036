import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a yes/no is led by yes only when the line found states what is asked', () => {
  it('a thing the asked predicate names that no line of the briefing holds gets no bare yes, and the line is still quoted', () => {
    // (since round 40 such a lead is what it says, a decline: the briefing does not state it, the nearest line quoted)
    const a = faq.askLocal('SNS是不是会帮我们自动回复LinkedIn上的私信？');
    expect(a.declined).toBe(true);
    expect(a.answer).not.toMatch(/^(是|会|能|可以)/);
    expect(a.answer.split('\n')[0]).toMatch(/^简报没有(提到|说明)“私信”/);
    expect(a.answer).toMatch(/SNS智能营销/);
  });

  it('a predicate the briefing does state keeps its yes', () => {
    expect(lead('SNS能把视频分享到LinkedIn上吗')).toMatch(/^(能|是的|可以)/);
    // (a verb the briefing words otherwise, 提到 for 提至, does not make the thing asked unstated)
    expect(lead('我是法定代表人，钱能提到我自己的个人账户吗？')).toMatch(/^(能|是的|可以)/);
  });

  it('"every X counts" and "accept any X" are read as "any will do", against a line asking for a qualified X', () => {
    expect(lead('新手任务里的视频，是不是上传任何视频都算？')).toMatch(/^不/);
    expect(lead('Does the newcomer video task accept any video, or must it meet some bar?')).toMatch(/^No\b/);
  });

  it('whether a gain is still had ("还能…吃到红利") against a line cutting the gains off is no', () => {
    expect(lead('虚假价格的产品以后还能在营销活动里拿到好处吗')).toMatch(/^不/);
  });
});
