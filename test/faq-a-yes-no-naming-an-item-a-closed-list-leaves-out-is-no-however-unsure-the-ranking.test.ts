import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a yes/no naming a currency or platform that a near topic lists others of in one line, leaving it out', () => {
  it.each([
    'Our buyer in Wellington sends NZD — would the money arrive in the global account in NZD?',
    'Can the global account hold Swiss francs?',
    'Will rupees paid by an Indian client be credited to our global collection account in INR?',
  ])('is answered no from the list, though the wording keeps the section ranking unsure: %s', (q) => {
    expect(lead(q)).toMatch(/^No\b/);
  });

  it.each(['全球收款账户可以收韩元吗？我们有韩国客户', '客户想付卢布，全球收款账户能原币入账吗？'])('in Chinese too: %s', (q) => {
    expect(lead(q)).toMatch(/^(不|没有)/);
  });

  it('quotes the line that lists the items (several of them), not a line naming one in passing', () => {
    const a = faq.askLocal('Does SNS account management let us add a YouTube channel?');
    if (!a.declined) expect(a.answer).toMatch(/Facebook\/LinkedIn|LinkedIn, Facebook/);
  });
});

describe('what the closed list does not decide', () => {
  it('a listed item asked something the section never states stays declined', () => {
    expect(faq.askLocal('Pay账户里的美金放着有没有利息？能不能当理财').declined).toBe(true);
    expect(faq.askLocal('can I schedule LinkedIn posts for later with SNS sharing').declined).toBe(true);
  });

  it('a platform the briefing never covers, asked about the future, stays declined', () => {
    expect(faq.askLocal('Will Pinterest or TikTok be added to SNS sharing later this year?').declined).toBe(true);
  });
});
