import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a yes/no is no when what the asker describes falls short of the line it would be answered from', () => {
  it('a small degree against a line stating its condition only at a large one ("相差甚远", "显著") is no, with the line\'s degree', () => {
    expect(lead('我们定价只比别家低了一点点，这样会被算成虚假价格吗')).toMatch(/^不.*相差甚远/);
    expect(lead('运费就比一般水平略高，这也算违规？')).toMatch(/^不.*显著/);
  });

  it('a degree the line does state is not turned into a no', () => {
    expect(lead('价格和同行市场价相差甚远，算虚假价格吗')).not.toMatch(/^不/);
  });

  it('"any" of a thing against a line asking for a qualified one is no', () => {
    expect(lead('for the newcomer tasks, would any old product video count?')).toMatch(/^No\b/);
    expect(lead('新手任务里的视频，啥视频都行吗')).toMatch(/^不/);
  });

  it('the place the asker proposes for an activity, against the one the line states, is no with the line\'s place', () => {
    expect(lead('智联的直播带岗，是在国际站的直播间里播吗')).toMatch(/^不.*智联招聘APP/);
    expect(lead('is the recruiting livestream hosted in the Zhaopin app?')).toMatch(/^Yes\b/);
  });

  it('an asker already past a free-above threshold is told the excess is not charged, whatever word asks the charge', () => {
    expect(lead('这个月海外付款已经超过30万美金了，后面的还扣0.125%吗')).toMatch(/^不/);
    expect(lead('we are already over 300,000 USD of corporate withdrawals this month, do we still get charged 0.125%?')).toMatch(/^No\b/);
  });
});
