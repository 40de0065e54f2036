import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};

describe('agenda titles: a part of the agenda lists its items, and a how-to is not padded with other titles', () => {
  it('"what is under 重点关注" is answered with the items of that part of the agenda', () => {
    const a = answer('发布会“重点关注”部分包括哪些内容？');
    expect(a).toContain('虚假价格及买家拉线下管控治理');
    expect(a).toContain('绿色工厂认证检测服务上线');
  });

  it('a bare agenda title with nothing under it is still declined as "only the title"', () => {
    expect(faq.askLocal('4月商家提效工具速递具体介绍了哪些工具').declined).toBe(true);
  });

  it('"where do I get the slides" quotes every line that says where, not a run of agenda titles', () => {
    const a = answer('想看发布会回放、拿课件，去哪里？');
    expect(a).toContain('钉钉');
    expect(a).not.toContain('讲师使用规则重点强调');
  });
});
