import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskRules, QuestionAnalyzer } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });
const analyzer = new QuestionAnalyzer(loadAskRules('rules')!);

describe('a question asking which rule or notice something rests on is answered by the line naming it in title marks', () => {
  it.each(['拉线下处罚是根据什么规则来的？', '名单公示引用的规定叫啥名字', 'What regulations is the violator list based on?'])('%s asks a document name', (q) => {
    expect(analyzer.analyze(q).types).toContain('document');
  });

  it.each(['绿色工厂有哪些行业标准', 'What rules apply to auto-replies?', '这个规则严不严'])('%s does not', (q) => {
    expect(analyzer.analyze(q).types).not.toContain('document');
  });

  it('a Chinese question gets the line with both titles, first', () => {
    const a = faq.askLocal('拉线下和虚假价格的严重违规，平台是根据什么规则公示处罚的？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('产品信息滥发违规处罚规则');
    expect(a.citations[0]?.quote).toContain('《');
  });

  it('an English question the section ranking declined', () => {
    const a = faq.askLocal('What regulations is the April violator list based on?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('产品信息滥发违规处罚规则');
  });

  it('a rule for something the briefing never covers is still declined', () => {
    expect(faq.askLocal('退款纠纷依据什么规则处理？').declined).toBe(true);
  });
});
