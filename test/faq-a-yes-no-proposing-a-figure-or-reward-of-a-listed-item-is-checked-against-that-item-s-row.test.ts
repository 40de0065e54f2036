import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('a yes/no naming a listed item asks what it proposes of that item, not only whether the item is listed', () => {
  it('a fee proposed for the corporate account is compared with its fee, not answered by "对公账户 is supported"', () => {
    expect(lead('对公提现手续费是0.3%吗')).toMatch(/^不.*0\.125%/);
    expect(lead('Is the withdrawal fee to our Chinese corporate account 0.3%?')).toMatch(/^No\b.*0\.125%/);
    expect(lead('对公提现手续费是0.125%吗')).toMatch(/^是/);
  });

  it('a currency the corporate withdrawal line leaves out is a no, even when the question names where the bank is', () => {
    expect(lead('Can I withdraw EUR straight to our Chinese corporate bank account via Pay?')).toMatch(/^No\b.*EUR/);
    expect(lead('Can I withdraw USD to our corporate account via Pay?')).toMatch(/^Yes\b/);
  });
});

describe('a reward the question names in English is looked up in the asked cell of the rewards table', () => {
  it('another cell\'s reward is a no with what the asked cell gives; the cell\'s own reward is a yes', () => {
    expect(lead('Do the Top10 of the conversion board get the benchmark visit?')).toMatch(/^No\b.*精准买家Push/);
    expect(lead('In FollowMe, is the reward for Top 300 on the quality board a precise buyer push?')).toMatch(/^No\b.*专属话题/);
    expect(lead('Does top 10 of the quality board get a benchmark visit?')).toMatch(/^Yes\b/);
    expect(lead('Do top 100 on the quality list get buyer push?')).toMatch(/^Yes\b/);
    expect(lead('优质榜Top300能拿到精准买家Push吗')).toMatch(/^没有/);
  });
});
