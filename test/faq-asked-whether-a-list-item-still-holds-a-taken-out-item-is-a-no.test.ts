import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('"is X still …?" about the item a list\'s change note says was taken out (删除该项) is a no', () => {
  it('English, with or without a date that puts the asker under the new list', () => {
    expect(lead('Do newly opened stores still have to answer one RFQ as part of the starter tasks?')).toMatch(/^No\b.*removed/);
    expect(lead('Opened our store on 10 May 2022 — is the one-time RFQ quote still required as a newbie task?')).toMatch(/^No\b/);
  });

  it('Chinese: 还要/还有 … 吗', () => {
    expect(lead('5月以后开的新店，新手任务还要做一次RFQ报价吗？')).toMatch(/^不需要.*删除/);
    expect(lead('新手推荐任务里还有RFQ报价这一项吗？')).toMatch(/^(没有|不)/);
  });

  it('a task the list keeps is still a yes', () => {
    expect(lead('Is opening Trade Assurance still one of the newcomer tasks?')).toMatch(/^Yes\b/);
    expect(lead('新手任务还要开通信保吗？')).toMatch(/^需要/);
  });
});
