import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "Is X in the list of examples / among the tools named?" asks of one list: the one whose subject the question names.
// The briefing's example chats quote merchants naming two or three messengers ("商家: …add my wechat/skype/whatsapp"),
// which is what a merchant wrote, not a list; the definition line lists the tools ("Whatsapp/Skype/Wechat/QQ等"). A
// membership verdict read off a chat line that merely lacks the item answered "no". Wordings written for this test.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('the list asked about is the one its subject names', () => {
  it('an item the tools list names is confirmed, whichever example chat lacks it', () => {
    for (const q of ['QQ在那个举例的工具名单里吗？', 'QQ 有没有被列举在非平台沟通工具里？', 'Is QQ among the tools the slide lists?']) {
      expect(lead(q), q).toMatch(/^(是|有|yes)/i);
    }
  });

  it('near miss: a messenger the list does not name is not confirmed as named', () => {
    const a = lead('Telegram在列举的沟通工具名单里吗？');
    expect(a).not.toMatch(/^(是的|yes)/i);
  });
});
