import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { yesNo } from '../src/faq/polarity.js';

// "这个不算站外引流吧？" proposes the negation and asks for agreement: "是的，算。" contradicts itself (是的 agrees with 不算).
// The lead says the verdict in the question's verb: "不算…" when the negation holds, "不对，算…" when it does not. And
// "算…站外引流/拉线下" asks whether it is a violation, so a line saying what the platform lets merchants do (SNS sharing)
// or asks them to do (adding the campaign's staff) is no violation. Round 36's SNS question. Invented wordings.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a negated Chinese tag question is answered in its own verb', () => {
  it('the negation holds: 不算', () => {
    expect(lead('用SNS智能分享把海报自动发出去，不算拉线下吧？')).toMatch(/^不算/);
    expect(lead('直播带岗报名时加智联小二的微信，这不算站外引流吧')).toMatch(/^不算/);
  });

  it('the negation fails: 不对，算', () => {
    expect(lead('我在旺旺自动回复里留了个微信，不算违规吧？')).toMatch(/^不对，算违规/);
  });

  it('the lead word for each side, in the violation frame and another verb', () => {
    expect(yesNo('这个不算违规吧？', 'zh', true, 'violation')).toBe('不对，算违规。');
    expect(yesNo('这个不算违规吧？', 'zh', false, 'violation')).toMatch(/^不算违规/);
    expect(yesNo('报名后应该不需要再审核了吧', 'zh', true, 'fact')).toBe('不对，需要。');
    expect(yesNo('报名后应该不需要再审核了吧', 'zh', false, 'fact')).toBe('不需要。');
    // an A-not-A ask is no negation
    expect(yesNo('这个算不算违规？', 'zh', true, 'violation')).toBe('是的，算违规。');
  });
});
