import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('the full title of a rule or announcement is written out in the briefing: asked for, it is answered', () => {
  it('Chinese, English and mixed wordings get the 《…》 title, not a masked-name or abbreviation decline', () => {
    for (const q of [
      '线下沟通那份管控公告的全称是什么？',
      'fake price 那个处罚规则 full name 是啥',
      'What is the full name of the announcement on steering buyers off-platform?',
      "What's the penalty rule's full name for fake product info?",
    ]) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/产品信息滥发违规处罚规则|引导站外沟通的管控公告|非阿里巴巴国际站沟通软件进行沟通/);
    }
  });

  it('a masked company on the list still has no full name to give, in either language', () => {
    for (const q of ['名单上那家昆明公司的全名是什么？', 'Give me the full company name of the Kunming seller on the April list']) {
      expect(faq.askLocal(q).declined, q).toBe(true);
    }
  });
});
