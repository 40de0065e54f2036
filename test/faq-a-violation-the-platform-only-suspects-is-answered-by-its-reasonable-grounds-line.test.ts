import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// Wordings written for this test (no question set holds them). A merchant asks whether the platform may act on a
// violation it only suspects: the penalty rule says it acts where a seller commits it "or the platform has reasonable
// grounds to believe so" (平台有合理理由认为卖家存在该行为的). Suspicion in the question's words (怀疑, suspects) is that
// line's concept (glossary reasonable-grounds), so the line is found and the answer is yes.
const faq = createPolicyFaq({ llm: null });

describe('a violation the platform only suspects', () => {
  it.each(['平台只是怀疑我们虚报价格，没有实锤，也能处罚吗？', '如果平台有合理怀疑我们的运费作弊，会处理吗'])('is answered yes from the reasonable-grounds line: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^(能|会|可以|是)/);
    expect(a.answer).toContain('合理理由');
  });
});
