import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// Writers of every round ask the same few briefing lines in words the lines never use: "switch away from range
// pricing", "at which stages can buyers complain", "the 3 Rs", "which products first when self-checking", "on-platform
// channels", "who came up with the green factory idea". The glossary bridges those words to the lines' own (rules/glossary.yaml); these
// wordings are written for this test, in English and Chinese.
const faq = createPolicyFaq({ llm: null });
const answers = (q: string, fact: RegExp) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  expect(a.answer, q).toMatch(fact);
};

describe('an English paraphrase of a stated line reaches that line through the glossary', () => {
  it('a switch away from range pricing reaches the tiered-price measure', () => {
    answers('For some product types, what is the platform steering sellers to switch over to instead of a price range?', /tiered/i);
    answers('平台想让部分产品从区间价改成什么价格？', /阶梯价/);
  });

  it('the stages at which buyers may complain reach the full-chain complaint system', () => {
    answers('In what stages of an order are buyers able to lodge complaints now?', /before payment/i);
    answers('买家现在能在交易的哪些环节投诉商家？', /订单支付前/);
  });

  it('the three Rs reach the green-product principle', () => {
    answers('what do the 3 Rs stand for in ICBU\'s green products?', /Reuse/);
    answers('绿色商品里说的3R是哪三个？', /Recycle/);
  });

  it('what to check first in a self-check reaches the high-exposure products', () => {
    answers('Doing a self-check of the store, which products should we prioritise?', /high-exposure/i);
    answers('全店自查的时候优先看哪些产品？', /高曝光/);
  });

  it('the on-platform channels reach the list of Alibaba communication the rule means', () => {
    answers('站内沟通具体指哪些渠道？', /旺旺/);
    answers("Under the steering-offline rule, which of Alibaba's own channels count as platform communication?", /Wangwang|RFQ/);
  });

  it('where an idea originated reaches the line saying China first created the green factory concept', () => {
    answers('which country first came up with the green factory idea?', /China/);
    answers('did the green factory idea come from Europe?', /^No/);
    answers('绿色工厂这个 idea 是哪个国家首创的？', /中国首创/);
    answers('绿色工厂的概念起源于欧洲吗？', /^不是/);
  });
});
