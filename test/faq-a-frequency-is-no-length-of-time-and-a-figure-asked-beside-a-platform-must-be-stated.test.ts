import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskRules, QuestionAnalyzer } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });
const analyzer = new QuestionAnalyzer(loadAskRules(join(__dirname, '..', 'rules'))!);

describe('a figure ask is answered only by a figure of its own kind', () => {
  it('how long something takes is not answered by how often something else recurs ("每小时更新")', () => {
    for (const q of ['SNS的图片海报要多长时间才能生成好？', 'How many hours does it take for an SNS poster to be generated?']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
      expect(a.answer, q).toMatch(/没有说明具体时长|does not state a duration/);
    }
  });

  it('how often is still answered by the stated frequency', () => {
    const a = faq.askLocal('how often are SNS smart images refreshed?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/every hour/);
  });

  it('a yes/no naming a platform with a figure asked beside it needs the figure, not only the platform list', () => {
    const a = faq.askLocal('分享到Facebook之前平台要先审核吗？审核要几天');
    expect(a.declined).toBe(true);
    // the platform alone is still a membership question
    expect(faq.askLocal('SNS能分享到领英吗').answer).toMatch(/^能/);
  });

  it('"when exactly will" asks a date, so a line without one does not answer it', () => {
    for (const q of ['when precisely is the second violator list coming out?', 'When exactly will our FollowMe prize be sent?']) {
      expect(analyzer.analyze(q).types, q).toContain('when');
    }
    expect(faq.askLocal('when precisely is the second violator list coming out?').answer).toMatch(/late May/);
  });
});
