import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

/**
 * A Chinese yes/no with no modal, "X是Y吗", proposes what its subject is. When the thing it ends in is named nowhere in
 * the briefing ("自动翻译成英文", "推到buyer app首页"), the line found about X says nothing either way, so there is no bare
 * "是的": the answer says the briefing does not mention it (a decline). "之一"/"其中一项" only say the thing is one of a
 * list; the list is what is asked of, and a line listing it answers yes.
 */
const faq = createPolicyFaq({ llm: null });

describe('a 是…吗 yes/no', () => {
  it('ending in a thing the briefing never names is declined as not stated', () => {
    for (const q of ['SNS分享出去的帖子是自动翻译成英文的吗？', 'FollowMe的精准买家Push是推到buyer app首页吗?']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
      expect(a.answer, q).not.toMatch(/^是的/);
    }
  });

  it('asking whether a thing is one of a list the briefing gives is answered yes', () => {
    for (const q of ['开通信保是新手推荐任务之一吗？', '使用10个橱窗是新手任务其中一项吗？']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/^是/);
    }
  });
});
