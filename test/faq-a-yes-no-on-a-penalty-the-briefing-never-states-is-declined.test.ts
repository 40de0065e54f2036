import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadDetailKinds } from '../src/faq/asks.js';

const faq = createPolicyFaq({ llm: null });
const penalty = loadDetailKinds().find((k) => k.id === 'penalty')!;
const asksYesNo = (q: string) => !!penalty.yesno?.test(q.normalize('NFKC'));

describe('a yes/no asking whether something is punished goes through the "is this detail stated?" test', () => {
  it('is read in Chinese, English and Chinese with an English word inside', () => {
    expect(asksYesNo('视频任务拖到下个月才完成，会不会被处罚？')).toBe(true);
    expect(asksYesNo('橱窗没用满 会被 penalty 吗')).toBe(true);
    expect(asksYesNo('Would our shop be penalised if we skip the showcase task?')).toBe(true);
    expect(asksYesNo('Do we get a penalty for finishing the tasks late?')).toBe(true);
    // (a measure named in the asking, "下架", "suspended", asks the same: does a penalty follow?)
    expect(asksYesNo('视频没发满一条，产品会不会被下架？')).toBe(true);
    expect(asksYesNo('Could our account get suspended for skipping the showcase task?')).toBe(true);
    // (a penalty named in passing, or asked for by kind, is not this yes/no)
    expect(asksYesNo('Do they need proof before a penalty is given?')).toBe(false);
    expect(asksYesNo('橱窗要用满几个？')).toBe(false);
  });

  it('declines when the lines about the act state no measure, instead of answering 会 / Yes', () => {
    for (const q of ['视频任务一直拖着没完成，会不会被处罚？', '橱窗一直没用满10个，会扣分吗', '新店的推荐任务一直没做完 会被 penalty 吗', 'Would our shop be penalised if we never finish the newcomer tasks?']) {
      const a = faq.askLocal(q, {});
      expect(a.declined, q).toBe(true);
      expect(a.unstated, q).toBe('detail:penalty');
    }
    // (a measure named in the asking is declined as well, by this test or by the yes/no's own)
    for (const q of ['新店推荐任务一直没完成，店铺会被冻结吗？', 'Will our store be suspended if we never finish the newcomer tasks?']) {
      expect(faq.askLocal(q, {}).declined, q).toBe(true);
    }
  });

  it('still answers when the briefing states the measure for the act asked', () => {
    for (const q of ['把WhatsApp号码写进RFQ报价里，会被罚吗？', 'Will we be penalised for listing a fake low price to get clicks?']) {
      const a = faq.askLocal(q, {});
      expect(a.declined, q).toBe(false);
    }
  });
});
