import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadColloquial } from '../src/faq/colloquial.js';

// Wordings written for this test (no question set holds them). Merchants type the briefing's Chinese terms in pinyin
// ("xinbao", "tixian"), use dialect function words (俺, 咋, 中不中) and add remarks about why they ask ("quiz 要用",
// "for the team deck"). Read as typed, the pinyin matched nothing and the remark matched a topic of its own (exams);
// read in the briefing's words, the question finds its topic like its plain Chinese twin.
const faq = createPolicyFaq({ llm: null });
const colloquial = loadColloquial(join(__dirname, '..', 'rules'))!;

describe('reading a chat-typed question in the briefing\'s words', () => {
  it.each([
    ['zhenggai qi 是多少天', '整改'],
    ['Fading daibiaoren tixian 的 shouxufei?', '法定代表人提现的手续费'],
    ['lǜsè gōngchǎng 有啥用', '绿色工厂'],
    ['xin-bao 被关了咋整', '信保被关了怎么办'],
    ["俺们的品被下架了中不中申诉", "我们的品被下架了行不行申诉"],
  ])('rewrites %s', (typed, part) => {
    expect(colloquial.read(typed)).toContain(part);
  });

  it.each([
    'Does Alibaba charge a fee for withdrawals?',
    'see peixun.alibaba.com for the course',
    'Is a shipping fee of $50 normal?',
    'she mentioned the price',
  ])('leaves English and web addresses alone: %s', (typed) => {
    expect(colloquial.read(typed)).toBe(typed);
  });

  it('reads a final particle only in a question that has Chinese', () => {
    expect(colloquial.read('把电话写进签名档 ok ma?')).toContain('ok 吗?');
    expect(colloquial.read('what does ma mean?')).toBe('what does ma mean?');
  });

  it('drops an aside about why one asks', () => {
    expect(colloquial.read('quiz 要用：整改期几天')).not.toMatch(/quiz/i);
    expect(colloquial.read('Trainer here: how many days to rectify?')).not.toMatch(/trainer/i);
    expect(colloquial.read('list the violation types for the team deck')).not.toMatch(/deck/);
  });

  it.each([
    ['Zhenggai qi you duojiu? need it for onboarding', /14/],
    ['fading daibiaoren tixian shouxufei 多少', /0\.3%/],
    ['俺家的品被判虚假价格了，会咋处理？quiz 要用', /0分|下架/],
  ])('answers %s like its plain Chinese twin', (q, fact) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(fact);
  });
});
