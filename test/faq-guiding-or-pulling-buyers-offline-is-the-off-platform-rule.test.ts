import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('"guiding", "pulling" or "steering" buyers offline names the off-platform rule, as 拉线下 does', () => {
  it('an auto-reply or a signature giving a messenger is answered yes, however the act is worded', () => {
    expect(lead("our wangwang auto reply says 'not available, pls contact my whatsapp'. is that counted as guiding offline?")).toMatch(/^Yes/);
    expect(lead('Our auto-reply tells buyers to add my WhatsApp. Is that counted as guiding offline?')).toMatch(/^Yes/);
    expect(lead('If my signature has my WeChat, is that pulling buyers offline?')).toMatch(/^Yes/);
  });

  it('asking for a fax number for the order is still allowed, and the ladder still answers the penalty', () => {
    expect(lead('Asking the buyer for his fax number for the customs papers - is that steering offline?')).toMatch(/^No/);
    expect(lead('What is the penalty for guiding buyers offline the second time?')).toMatch(/3 points/);
  });
});
