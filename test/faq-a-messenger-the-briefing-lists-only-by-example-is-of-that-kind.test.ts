import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { splitParts } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};

describe('a messenger the briefing does not name is answered from the list that names messengers by example (…等)', () => {
  it('is it off-platform steering: yes, quoting the open list', () => {
    const a = answer('If I move a buyer over to Viber instead, is that still steering off-platform? Viber is not in the examples');
    expect(a).toMatch(/^Yes/);
    expect(a).toContain('等三方即时通信工');
  });

  it('Chinese, and the "example list" is not the list of named violators', () => {
    const a = answer('Viber 不在举例名单里，引导买家用Viber也算站外吗？');
    expect(a).toMatch(/^是/);
    expect(a).not.toMatch(/名单上/);
    expect(a).toContain('等三方即时通信工');
  });

  it('may I: no, it counts as a violation', () => {
    expect(answer('Can I ask the buyer to continue on Telegram?')).toMatch(/^No\. It counts as a violation/);
  });

  it('a question that is not yes/no still quotes the open list, after its own first line', () => {
    expect(answer("What's the penalty for moving a buyer to KakaoTalk?")).toContain('等三方即时通信工');
  });
});

describe('a Chinese question that asks again after a comma has two parts', () => {
  it('two when-clauses are two parts', () => {
    expect(splitParts('绿色工厂什么时候可以申请，平台权益又什么时候全量上线？')).toHaveLength(2);
    expect(splitParts('对公提现多久到账，手续费多少？')).toHaveLength(2);
  });

  it('a statement before the question stays with it', () => {
    expect(splitParts('我们是金品商家，可以报名吗')).toHaveLength(1);
    expect(splitParts('店铺4月开通的，新手任务要做几个？')).toHaveLength(1);
  });
});
