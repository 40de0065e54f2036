import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

// polarity.yaml `slots`: one value the question proposes against the value a line of the topic states
describe('a value the yes/no proposes against the one the line states', () => {
  it('who provides the settlement: Alibaba itself is a no (partner banks), partner banks a yes', () => {
    expect(lead('Is Pay’s fund settlement done in-house by Alibaba?')).toMatch(/^No\b.*partner/);
    expect(lead('Pay的资金结算是阿里巴巴自己负责的吗？')).toMatch(/^不.*合作/);
    expect(lead('Pay的资金结算是合作银行提供的吗')).toMatch(/^是/);
  });

  it('which products the New Arrivals template takes: best sellers or the most viewed are a no, the latest a yes', () => {
    expect(lead('Does the New Arrivals template pull our top-selling items?')).toMatch(/^No\b.*most recently/);
    expect(lead('新品模板是不是取的热销商品？')).toMatch(/^不是.*最近更新/);
    expect(lead('Does the New Arrivals template take the most recently updated products?')).toMatch(/^Yes\b/);
  });

  it('whose account is bound: a new one opened for the merchant is a no (their own first)', () => {
    expect(lead('Will Alibaba create a new Facebook account for us when we bind?')).toMatch(/^No\b.*own/);
    expect(lead('绑定领英时平台会替我们新建一个号吗？')).toMatch(/^不.*自己/);
  });

  it('where the green factory concept came from: abroad is a no (China first), China a yes', () => {
    expect(lead('绿色工厂这个概念是从欧洲引进的吧？')).toMatch(/^不是.*中国首创/);
    expect(lead('Was the green factory concept first created in China?')).toMatch(/^Yes\b/);
  });

  it('how often the share images refresh: daily is a no (every hour)', () => {
    expect(lead('SNS智能分享的图片是每天更新一次吗？')).toMatch(/^不.*每小时/);
    expect(lead('Do the SNS smart share images get refreshed weekly?')).toMatch(/^No\b.*hour/);
  });

  it('结算 is no verb of judgement: a settlement question is not led by 算', () => {
    expect(lead('Pay的资金结算是阿里自己做的吧？')).not.toMatch(/算/);
  });
});
