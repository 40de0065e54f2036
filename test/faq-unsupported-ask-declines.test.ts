import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { unsupportedAsks } from '../src/faq/asks.js';
import { loadKnowledge } from '../src/faq/knowledge.js';

const faq = createPolicyFaq();
const sections = new Map(loadKnowledge('rules').sections.map((s) => [s.id, s]));
const section = (id: string) => sections.get(id)!;

describe('policy FAQ declines a question whose ask the matching section cannot answer', () => {
  it('flags asks the chosen section has no words for', () => {
    expect(unsupportedAsks('被判虚假价格0分下架，怎么申诉', [section('false-info.penalty')])).toEqual(['appeal']);
    expect(unsupportedAsks('what is the exchange rate today for USD to CNY', [section('pay.exchange')])).toEqual(['live-rate']);
    expect(unsupportedAsks('绿色工厂认证要花多少钱', [section('green.apply')])).toEqual(['cost']);
    // (a cap per day is also an ask of its own: the section states a monthly total, no daily figure)
    expect(unsupportedAsks('is there a daily limit on corporate withdrawals', [section('pay.withdraw-corporate')])).toEqual(['limit', 'period-cap']);
    expect(unsupportedAsks('直播带岗报名后怎么取消', [section('gold.live-recruiting-signup')])).toEqual(['cancel']);
  });

  it('lets the same kind of ask through when the section does state it', () => {
    expect(unsupportedAsks('法人提现手续费几个点', [section('pay.withdraw-legal-rep')])).toEqual([]);
    expect(unsupportedAsks('直播带岗最多几个名额', [section('gold.live-recruiting')])).toEqual([]);
    expect(unsupportedAsks('Pay热线电话是多少，能找拍档吗', [section('pay.overview')])).toEqual([]);
    // charging the buyer extra for trade assurance is a rule question, not a fee-amount ask
    expect(unsupportedAsks('买家要走信保，我让他多付手续费可以吗', [section('offplatform.refuse-trade-assurance')])).toEqual([]);
  });

  it('declines end to end, and still answers the answerable neighbour', () => {
    for (const q of ['0分下架的产品我不服，去哪里申诉', 'how much is 1 USD in CNY on Pay right now', 'SNS绑定的Facebook账号怎么解绑']) {
      expect(faq.askLocal(q).declined, q).toBe(true);
    }
    expect(faq.askLocal('虚假价格的产品会怎么处罚').declined).toBe(false);
    expect(faq.askLocal('Pay汇兑是不是7*24小时都能操作').declined).toBe(false);
    expect(faq.askLocal('SNS怎么绑定Facebook账号').declined).toBe(false);
  });
});
