import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a product the merchant makes finds the green-factory standard named for it', () => {
  it('solar panels are the photovoltaic-module standard (Chinese)', () => {
    const a = faq.askLocal('我们是做光伏板的工厂，绿色工厂有我们能用的标准吗？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^是的/);
    expect(a.answer).toContain('光伏组件');
  });

  it('dog food is the pet-food standard (mixed)', () => {
    const a = faq.askLocal('我们出口 dog food，green factory 哪个行业标准适用？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('宠物食品');
  });

  it('power banks are the lithium-ion battery standard (English)', () => {
    const a = faq.askLocal('Our factory makes power banks. Is there a green factory standard for that?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^Yes/);
    expect(a.answer).toContain('锂离子电池');
  });

  it('a top-level category the table leaves out is still declined, whatever the material', () => {
    const a = faq.askLocal('我们做塑料玩具，玩具类目有绿色工厂标准吗');
    expect(a.declined).toBe(true);
  });
});
