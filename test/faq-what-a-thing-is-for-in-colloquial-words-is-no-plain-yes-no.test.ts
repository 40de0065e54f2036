import { describe, expect, it } from 'vitest';
import { loadAskRules, QuestionAnalyzer } from '../src/faq/question.js';
import { createPolicyFaq } from '../src/faq/index.js';

const analyzer = new QuestionAnalyzer(loadAskRules('rules')!);
const faq = createPolicyFaq({ llm: null });

describe('"有啥用", "能用来干嘛", "干啥用的" ask what a thing is for, even beside a 吗', () => {
  it.each(['这个SGS验真套餐到底有啥用，值不值得买啊', 'Pay全球收款账户能用来干嘛？', '橱窗是干啥用的，新手任务为啥要它'])('%s asks what for', (q) => {
    expect(analyzer.analyze(q).types).toContain('list');
  });

  it('a plain yes/no with 用 in it is not a what-for ask', () => {
    expect(analyzer.analyze('信保订单能用Pay收款吗').types).not.toContain('list');
  });

  it('a what-for question next to a yes/no tag is answered from the lines that say it', () => {
    const a = faq.askLocal('报告验真到底有啥用啊，能提升转化吗');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('建立信任');
  });
});
