import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// The April violator list is a table of masked accounts, masked company names and violation types. Three kinds of
// question about its rows were declined or miscounted: how often one masked name appears, whether any company on it
// is "not mainland", and a count of "the listed merchants" by type. A region list elsewhere ("is Hubei on the region
// list?") is no violator list. Wordings written for this test.
const faq = createPolicyFaq({ llm: null });

describe('rows of the violator list are counted by name and by place', () => {
  it('a masked company name or account is counted as appearances', () => {
    const zh = faq.askLocal('公示名单里 河南省**** 一共出现几次？');
    expect(zh.answer.split('\n')[0]).toMatch(/出现2次/);
    const en = faq.askLocal('How often does the account al****yuan show up on the April list?');
    expect(en.answer.split('\n')[0]).toMatch(/2 times/);
  });

  it('a company not in mainland China is found, and "only mainland?" is answered no', () => {
    expect(faq.askLocal('这次公示的名单里有不在中国大陆的企业吗').answer.split('\n')[0]).toMatch(/^是的.*新加坡/);
    expect(faq.askLocal('There is a Singapore firm on the list? I assumed the list only had mainland China sellers?').answer.split('\n')[0]).toMatch(/^No\b/);
  });

  it('the listed merchants of one violation type are counted', () => {
    expect(faq.askLocal('How many of the listed companies were there for steering buyers off-platform?').answer.split('\n')[0]).toMatch(/\b16\b/);
  });

  it('near miss: a region list of an event is not the violator list', () => {
    const a = faq.askLocal('We are in Wuhan. Is Hubei on the live recruiting region list?');
    expect(a.answer.split('\n')[0]).toMatch(/^Yes/);
    expect(a.answer).not.toMatch(/on the list from/);
  });
});
