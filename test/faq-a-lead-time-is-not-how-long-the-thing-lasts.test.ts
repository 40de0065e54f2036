import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a lead time ("至少提前5天") asked as how long the thing itself lasts', () => {
  it.each(['智联直播带岗一场直播播多久？', 'How long does each live recruiting stream last?'])('is declined as not stated: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/duration or period|具体时长或期限/);
  });

  it.each(['直播带岗的素材要提前几天交？', 'How many days before the stream are the materials due?', '直播带岗报名后多久前要交公司介绍'])(
    'still answers how far ahead: %s',
    (q) => {
      const a = faq.askLocal(q);
      expect(a.declined).toBe(false);
      expect(a.answer).toMatch(/5/);
    },
  );
});
