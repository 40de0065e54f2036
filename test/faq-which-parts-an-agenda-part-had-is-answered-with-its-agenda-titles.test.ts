import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a question asking which items a part of the agenda had', () => {
  it('lists the agenda titles under the part it names, in Chinese, though its other words are generic', () => {
    const a = faq.askLocal('重点关注这部分一共有哪几个议题？');
    expect(a.declined).toBe(false);
    for (const item of ['虚假价格及买家拉线下管控治理', 'Alibaba.com Pay产品介绍', '绿色工厂认证检测服务上线', '金品官方课发布']) expect(a.answer).toContain(item);
    expect(a.answer).not.toContain('成长指引产品升级');
  });

  it('lists the other part\'s titles by its English name', () => {
    const a = faq.askLocal('which topics did the latest updates part of the session have?');
    expect(a.declined).toBe(false);
    for (const item of ['成长指引产品升级', '商家星等级评定开启节点变更', 'SNS打通Facebook功能升级']) expect(a.answer).toContain(item);
  });

  it('does not answer a question about one item\'s content with the part\'s titles', () => {
    const a = faq.askLocal('重点关注里虚假价格部分有哪些违规行为？');
    expect(a.answer).not.toContain('绿色工厂认证检测服务上线');
  });
});
