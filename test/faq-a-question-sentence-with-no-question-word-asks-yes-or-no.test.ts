import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadAskRules, QuestionAnalyzer } from '../src/faq/question.js';
import { createPolicyFaq } from '../src/faq/index.js';

const analyzer = new QuestionAnalyzer(loadAskRules(join(__dirname, '..', 'rules'))!);
const types = (q: string) => analyzer.analyze(q).types;
const faq = createPolicyFaq({ llm: null });

describe('a question sentence that no ask type reads and that holds no question word asks yes or no', () => {
  it('a statement read as a question, in either language', () => {
    expect(types('报价里只在最后留了个微信，这也能算引导站外？')).toContain('yesno');
    expect(types('so a listing flagged for fake MOQ keeps showing up in search?')).toContain('yesno');
    expect(types('Regarding the fee waiver, are corporate and legal-rep withdrawals counted together?')).toContain('yesno');
  });

  it('"啥也没写" / "什么都没改" say "nothing": they ask nothing', () => {
    expect(types('正文啥也没写，只在签名里放了邮箱，这也算违规？')).toContain('yesno');
  });

  it('a question word, a choice, or no question mark keeps it from being a yes/no', () => {
    expect(types('签名档放邮箱，会怎么处理？')).not.toContain('yesno');
    expect(types('星等级按月评还是按季度评？')).not.toContain('yesno');
    expect(types('calendar days or working days?')).not.toContain('yesno');
    expect(types('tell me about the green factory tags')).not.toContain('yesno');
  });

  it('such a question is answered with a yes or no lead', () => {
    const a = faq.askLocal('just to check - can a product with a fake low price still rank in search results?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^No\b/);
  });
});
