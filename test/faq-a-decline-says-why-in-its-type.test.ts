import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

/**
 * Every decline says why in the answer's type (declineReason, and for a "not stated" what was not stated), so a caller
 * that wants only real answers (the router's quoted-draft path) tells a "the briefing does not say" from an answer
 * without reading the text.
 */
const faq = createPolicyFaq({ llm: null });

describe('a decline says why in its type', () => {
  it('an unreadable question: the input problem', () => {
    expect(faq.askLocal('   ').declineReason).toBe('empty');
  });

  it('a question the briefing has nothing on: unknown', () => {
    const a = faq.askLocal('亚马逊的FBA仓储费怎么算？');
    expect(a.declined).toBe(true);
    expect(a.declineReason).toBe('unknown');
  });

  it('a kind of detail the topic does not state: not_stated, with the kind, in Chinese and English', () => {
    const en = faq.askLocal('What are the scoring rules in the paper products standard?');
    expect(en.declined).toBe(true);
    expect(en.declineReason).toBe('not_stated');
    expect(en.unstated).toBe('detail:criteria');
    const zh = faq.askLocal('新手任务没按时做完会有什么处罚？');
    expect(zh.declineReason).toBe('not_stated');
    expect(zh.unstated).toBe('detail:penalty');
  });

  it('an answer has no reason', () => {
    const a = faq.askLocal('转化榜的评选依据是什么？');
    expect(a.declined).toBe(false);
    expect(a.declineReason).toBeUndefined();
  });
});
