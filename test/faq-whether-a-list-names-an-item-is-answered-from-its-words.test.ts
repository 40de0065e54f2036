import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "Is QQ one of the tools named?" asks about the list's own words. A list the briefing gives only by example
// ("Whatsapp/Skype/Wechat/QQ等") was left to the usual polarity, which found no verdict and declined; now the line
// answers: yes when it names the item, no when it does not (said to be examples, which do not exclude the rest).
// Wordings written for this test.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('whether a list names an item is answered from its words', () => {
  it('an item the open list names is a yes, in English and Chinese', () => {
    expect(lead('Is WhatsApp among the messaging apps listed as non-platform tools?')).toMatch(/^Yes/);
    expect(lead('站外沟通工具举例里，Skype是其中之一吗？')).toMatch(/^是/);
  });

  it('an item it does not name is a no that says the list gives examples', () => {
    const a = lead('Is Viber one of the apps named as non-platform communication tools?');
    expect(a).toMatch(/^No/);
    expect(a).toMatch(/example/);
  });

  it('near miss: a closed list still answers as before', () => {
    expect(lead('Is EUR one of the currencies the global account receives?')).toMatch(/^Yes/);
  });
});
