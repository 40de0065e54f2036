import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// A yes/no conditioned on the merchant's star level ("can a 0-star shop join?") is answered by a line stating a level: a
// floor ("1星及以上") answers it no. A topic whose lines speak of no star level at all answers it for no level; "yes"
// would be the nearest rule's guess. An agenda or heading line naming the star-level talk states nothing of the topic.
const faq = createPolicyFaq({ llm: null });
const ask = (q: string) => faq.askLocal(q);

describe('a yes/no on a star level a topic never grades by is declined', () => {
  it('declines it for a topic with no level, in either language', () => {
    for (const q of ['FollowMe 短视频挑战赛 0星 的店铺 能报名吗？', 'Is a 0-star supplier allowed to enter the FollowMe video challenge?', '0星商家 可以 join FollowMe 吗?']) {
      const a = ask(q);
      expect(a.declined, `${q} -> ${a.answer}`).toBe(true);
      expect(a.answer).toMatch(/0星|0-star/);
    }
  });

  it('still answers no from a stated level floor', () => {
    const a = ask('0星的商家能用SNS智能营销吗？');
    expect(a.declined, a.answer).toBe(false);
    expect(a.answer).toMatch(/^不/);
  });
});
