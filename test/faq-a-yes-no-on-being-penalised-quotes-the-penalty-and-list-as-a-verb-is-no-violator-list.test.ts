import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};

describe('a yes/no whether one is penalised quotes the penalty the topic states, not only the definition', () => {
  it('a false MOQ: the 0-point delisting is quoted', () => {
    expect(answer('起订量故意填很低来引流，会被处罚吗？')).toMatch(/0分下架/);
    expect(answer('Will we get penalised if our SKU prices are set absurdly low on purpose?')).toMatch(/0分下架/);
  });
});

describe('"list" as a verb ("we list products…") asks nothing of the violator list', () => {
  it('is answered from the rule, not with a count of list rows', () => {
    const a = answer('If we list a product with a fake minimum order quantity, is that a violation?');
    expect(a.split('\n')[0]).toMatch(/^Yes\b/);
    expect(a.split('\n')[0]).not.toMatch(/61|on the list/);
  });

  it('the list as a noun is still counted', () => {
    expect(answer('How many merchants were on the list for false price & MOQ?').split('\n')[0]).toMatch(/61/);
  });
});
