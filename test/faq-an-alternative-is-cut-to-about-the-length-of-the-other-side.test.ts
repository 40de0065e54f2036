import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAlternativeRules, offeredAlternatives } from '../src/faq/alternatives.js';
import { createPolicyFaq } from '../src/faq/index.js';

const rules = loadAlternativeRules(join(__dirname, '..', 'rules', 'ask', 'alternatives.yaml'))!;
const faq = createPolicyFaq({ llm: null });

describe('the left alternative is about as long as the right one, so the subject they share is not part of it', () => {
  it('leaves the shared subject out of the left side', () => {
    expect(offeredAlternatives('绿色工厂标签是按年审还是按季度审？', rules)).toEqual(['年审', '季度审']);
    // sides of equal length stay whole
    expect(offeredAlternatives('是按工作日还是自然日算？', rules)).toEqual(['工作日', '自然日']);
  });

  it('declines a choice of how often something is judged when no line states either way', () => {
    expect(faq.askLocal('商家星等级是每个月评一次还是每季度评一次？').declined).toBe(true);
  });

  it('still answers a choice a line states', () => {
    const a = faq.askLocal('对公提现到账是实时还是要等好几天？');
    expect(a.declined).toBe(false);
  });
});
