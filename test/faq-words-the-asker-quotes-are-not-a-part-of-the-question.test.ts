import { describe, expect, it } from 'vitest';
import { splitParts } from '../src/faq/question.js';
import { createPolicyFaq } from '../src/faq/index.js';

// A question quoting a chat ("my rep wrote 'Can I have your number? faster that way'. OK or not?") holds question marks
// that are not the asker's: split there, the quoted question was answered as a part of its own and its lead ("Yes.")
// stood before the real verdict. Wordings written for this test.
const faq = createPolicyFaq({ llm: null });

describe('words the asker quotes are not a part of the question', () => {
  it('a quoted question does not split the question', () => {
    expect(splitParts("Buyer wrote 'hello'. My rep replied 'Can I get your Skype? It is quicker'. Is that fine or not?")).toHaveLength(1);
    expect(splitParts('客户问“可以便宜一点吗？”，业务员回了加我Skype，这样可以吗？')).toHaveLength(1);
  });

  it('near miss: two questions of the asker still split', () => {
    expect(splitParts('整改期是几天？超期会怎样？').length).toBe(2);
    expect(splitParts('How long is the rectification window? And what if we miss it?').length).toBe(2);
  });

  it('the verdict on the merchant steering the buyer is the only lead', () => {
    const a = faq.askLocal("Buyer: 'need 200 pcs'. Our sales: 'Do you have skype? We can talk faster there'. Fine or not?").answer;
    expect(a).toMatch(/^No\b/);
    expect(a).not.toMatch(/^Yes/);
  });
});
