import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// Asked about companies outside mainland China on the April list with no place named ("overseas", "境外", "only
// domestic?"), the answer counts the rows whose company names start with a place outside mainland China
// (places.yaml `abroad`): a Singapore company is on it. "Only domestic?" is answered the other way round.
const faq = createPolicyFaq({ llm: null });
const ask = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};

describe('companies outside mainland China on the violator list', () => {
  it('"any foreign ones?" is a yes naming Singapore', () => {
    expect(ask('Did the violator list name any foreign companies?')).toMatch(/^Yes: 1 .*Singapore/);
    expect(ask('违规公示名单上有海外的公司吗')).toMatch(/^是的.*新加坡/);
  });

  it('"only domestic?" is a no naming Singapore', () => {
    expect(ask('公示名单上的商家全是国内的吗')).toMatch(/^不是.*新加坡/);
    expect(ask('Were only Chinese mainland firms on the April list?')).toMatch(/^No: 1 .*Singapore/);
  });

  it('overseas asked outside the list is no place on it', () => {
    expect(ask('海外付款的手续费是多少')).toMatch(/0\.125%/);
  });
});
