import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "What happens to the item once…", "会怎么处理": an outcome asked of a violation in words other than "penalty" (rounds 33,
// 34 and 36 asked it of a verified fake price three times). The answer quoted the rule's definition and a note on repeat
// offences, never the measure itself (产品0分下架). details.yaml `leads` reads the wording; the answer leads with a line
// stating a measure and quotes the topic's first measure; a question naming no violation is left as it was.
const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};

describe('an outcome asked of a violation leads with a line stating the measure', () => {
  it('an item found to carry a bogus price: scored 0 and delisted', () => {
    expect(answer('Once the platform decides one of our items carries a false price, what happens to that item?')).toMatch(/0分下架/);
  });

  it('a fake MOQ, asked in Chinese with 会怎么处理: 0分下架', () => {
    expect(answer('MOQ虚报被平台查实了，这个商品会怎么处理？')).toMatch(/0分下架/);
  });

  it('steering buyers to WeChat again and again: the ladder of the off-platform rule, not the fake-price one', () => {
    const a = answer('What would the platform do to us if our reps keep moving buyers to WeChat?');
    expect(a).toMatch(/警告|扣3分|扣6分/);
  });

  it('a question naming no violation keeps its answer', () => {
    expect(answer('What happens after a new merchant completes every newbie task?')).not.toMatch(/下架|扣\d分/);
  });
});
