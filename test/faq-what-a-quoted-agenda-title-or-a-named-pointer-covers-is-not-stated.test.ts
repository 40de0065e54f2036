import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

const { declined, answered } = faqAsserts();

describe('a quoted agenda title with no content under it: what it covered is not stated', () => {
  it('asking what the quoted item says is declined, whatever words the title itself holds (its 讲师 asks for no person)', () => {
    expect(declined('议程上那个“讲师使用规则重点强调”，到底是哪些规则？')).toMatch(/只列了它的标题/);
    expect(declined('The agenda has “讲师使用规则重点强调” — what are those rules exactly?')).toMatch(/只列了它的标题|only its title/);
  });

  it('who presented it or when is still answered from the agenda', () => {
    answered('“讲师使用规则重点强调”是谁讲的');
    answered('“4月商家提效工具速递”是什么时候讲的');
  });
});

describe('a document the briefing only points to, named by a word only the pointer holds', () => {
  it('what else the Yuque FAQ lists is declined with the pointer, though other lines share the topic\'s words', () => {
    expect(declined('语雀上那份拉线下的FAQ还列了哪些问题？')).toMatch(/语雀/);
    expect(declined('What other cases does the Yuque FAQ on off-platform contact list?')).toMatch(/Yuque|语雀/);
  });

  it('the cases the briefing does state are answered', () => {
    answered('哪些情况下沟通交流不会被判定违规');
  });

  it('a word only one agenda title holds ("organisation") names no item asked about', () => {
    answered('which organisation co-wrote the sustainable factory standard with alibaba');
  });
});
