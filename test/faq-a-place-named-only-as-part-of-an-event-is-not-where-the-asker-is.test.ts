import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskRules, QuestionAnalyzer } from '../src/faq/question.js';
import { join } from 'node:path';

const faq = createPolicyFaq({ llm: null });
const analyzer = new QuestionAnalyzer(loadAskRules(join(import.meta.dirname, '..', 'rules'))!);

describe('a place name followed by an event noun names the event, not the asker\'s location', () => {
  it('"the Shanghai Expo" and "广州交易会" name no place to check against the eligible regions', () => {
    expect(analyzer.analyze('Will Alibaba.com run a stand at the Shanghai Expo this year?').places).toEqual([]);
    expect(analyzer.analyze('阿里在广州交易会上有展位吗？').places).toEqual([]);
  });

  it('the same name as where the asker is stays a place', () => {
    expect(analyzer.analyze('our plant is in Canton, are we eligible for the hiring livestream?').places.map((p) => p.province)).toEqual(['广东']);
    expect(analyzer.analyze('Shanghai Expo aside, our office is in Shanghai: can we sign up?').places.map((p) => p.province)).toEqual(['上海']);
  });

  it('a booth at a fair named after a city is not answered from the hiring event\'s region list', () => {
    const a = faq.askLocal('Does Alibaba.com have its own stand at the Canton Fair so we can meet our account rep?');
    expect(a.answer).not.toMatch(/eligible regions/);
    expect(a.declined).toBe(true);
  });
});
