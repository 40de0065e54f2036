import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "认证检测服务是谁讲的": 认证…是谁 read as "who issues the certificate" and declined (rounds 36 and blind-a). 讲, 介绍 after
// 是谁 ask who presented the talk, which its speaker line states.
const faq = createPolicyFaq({ llm: null });

describe('who presented a talk is not who issues a certificate', () => {
  it('the green factory certification talk: its presenter', () => {
    const a = faq.askLocal('绿色工厂认证那部分是谁介绍的？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/李小龙/);
  });

  it('who issues the green factory certificate stays unstated', () => {
    const a = faq.askLocal('绿色工厂的证书是由谁颁发的？');
    expect(a.declined).toBe(true);
  });
});
