import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('the named-violators list is counted by the violation type each part asks', () => {
  it('a compound question gets the count of each type, in either language', () => {
    const en = lead('How many merchants on the April list were named for pulling buyers off-platform, and how many for fake prices?');
    expect(en).toMatch(/16\b/);
    expect(en).toMatch(/61\b/);
    const zh = lead('名单上拉线下的和虚假价格的各有多少家？');
    expect(zh).toMatch(/16家/);
    expect(zh).toMatch(/61家/);
  });

  it('"listed for" a violation names the list; products listed for a price do not', () => {
    expect(lead('How many companies were listed for off-platform steering?')).toMatch(/^16\b/);
    expect(lead('How many products were listed for fake prices?')).not.toMatch(/merchants on the list/);
  });
});
