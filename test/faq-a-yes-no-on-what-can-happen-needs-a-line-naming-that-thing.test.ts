import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a Chinese yes/no on whether something can or will happen needs a line that names that thing', () => {
  it('declines when no picked line names what comes after the modal, instead of a bare yes from the lines\' own subject', () => {
    for (const q of ['信保服务资格被关的那90天里，我们手上的老订单还能照常发货结汇吗？', '拒绝信保被关资格90天，期间已经成交的信保单还能照常收款和发货吗']) {
      const a = faq.askLocal(q);
      expect(a.declined).toBe(true);
      expect(a.answer).not.toMatch(/^(能|是的|可以)/);
    }
  });

  it('answers when a line names the thing, even with an adverb the line lacks ("正常", "照样")', () => {
    const ranking = faq.askLocal('虚假价格的商品还可以照常参加搜索排序吗？');
    expect(ranking.declined).toBe(false);
    expect(ranking.answer).toMatch(/无法参与搜索排序/);
    const rating = faq.askLocal('新手任务拖过了30天，以后是不是就没法开启星等级评定了？');
    expect(rating.declined).toBe(false);
  });
});
