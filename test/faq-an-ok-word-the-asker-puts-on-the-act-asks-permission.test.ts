import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "…is ok since it's not WhatsApp, right?", "that fine?", "ok to keep?", "这样 OK 吗": the asker puts an OK-word on the act
// and asks about it, which is a permission question. Read as a question of fact, a line listing the violation answered
// "Yes." (rounds 23-34: a QQ number in inquiries, a $0.01 filler SKU, a WhatsApp in the auto-reply). Invented wordings.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('an OK-word the asker puts on the act asks permission', () => {
  it('a filler SKU priced at a cent, "fine to leave it?"', () => {
    expect(lead('We set a 1-cent sticker SKU so our price range starts at $0.01, is that fine with the platform?')).toMatch(/^No\b/);
  });

  it('a contact in the signature, "is totally fine since…, right?"', () => {
    expect(lead('Putting my skype in the inquiry signature is totally fine since it is only the signature, right?')).toMatch(/^No\b/);
  });

  it('an OK with a space before 吗 is answered 不可以', () => {
    expect(lead('询盘签名里放我的 WhatsApp 号，这样 OK 吗')).toMatch(/^不可以/);
  });

  it('an allowed act keeps its yes', () => {
    expect(lead('For the customs papers I ask the buyer for a fax number during shipping. that fine?')).toMatch(/^(Yes|可以)/);
  });
});
