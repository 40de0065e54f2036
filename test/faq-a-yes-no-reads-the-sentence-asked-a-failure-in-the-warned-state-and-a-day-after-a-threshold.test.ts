import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('a yes/no lead follows the part of the line the question is about', () => {
  it("a line of two sentences takes its stance from the one asked: deletion is a yes, search ranking still a no", () => {
    expect(lead('虚假价格的产品多了会被删除吗？')).toMatch(/^会/);
    expect(lead('有虚假价格的产品还能参加搜索排序吗，还是只是少一点流量')).toMatch(/^不/);
    expect(lead('虚假信息的产品还能参与搜索排序吗？')).toMatch(/^不能/);
  });

  it('asking whether it fails in the state the line warns against is a yes; asking to keep that state is a no', () => {
    expect(lead('绑定领英的时候如果领英是登录状态，会绑定失败吗？')).toMatch(/^会/);
    expect(lead('Does binding LinkedIn fail when I am logged in?')).toMatch(/^Yes\b/);
    expect(lead('Should I stay logged in to LinkedIn when binding?')).toMatch(/^No\b/);
  });

  it('a day the asker qualifies with "after" is placed against the threshold line, not a span', () => {
    expect(lead('5月6日以后新商家星等级界面会显示尚未开启评定吗？')).toMatch(/^(会|是)/);
    // (a day inside the span is still placed in it)
    expect(lead('5月3日新商家星等级会显示0星吗？')).toMatch(/^会.*在5月1日-5日之内/);
  });
});
