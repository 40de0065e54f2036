import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

// The briefing's replay and slides (获取课件及回放, 外贸云课堂 (回放+课件)) belong to the April session itself; the gold
// supplier course series is learned on peixun.alibaba.com too but has no replay of its own. A question about where to
// watch the replay, however it names the session (直播, live, 发布会), is answered from the session's lines.
describe('a replay asked for is the April session\'s', () => {
  it('answers where to get the replay with the session\'s summary, not the course series\'', () => {
    for (const q of ['上周的直播回放去哪里能看到', '回放哪里有？我错过了', 'I could not join the live session, where is its replay?']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/钉钉|DingTalk/);
      expect(a.answer, q).not.toMatch(/金品3\.0|Verified Supplier 3\.0/);
    }
  });

  it('still answers where to study the gold supplier course from the course lines', () => {
    const a = faq.askLocal('金品诚企的官方课程在哪里学习');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/金品3\.0|peixun/);
  });
});
