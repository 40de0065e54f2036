import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskRules, QuestionAnalyzer } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });
const analyzer = new QuestionAnalyzer(loadAskRules(join(__dirname, '..', 'rules'))!);
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('"…OK吧？", "is X ok?" ask whether it is allowed', () => {
  it('the frame is permission', () => {
    expect(analyzer.analyze('报价里顺手留个微信号，这样应该OK吧？').frame).toBe('permission');
    expect(analyzer.analyze('is putting my skype in the quote ok?').frame).toBe('permission');
  });

  it('against a line listing the act as a violation the answer is no', () => {
    expect(lead('客户一上来我就回复“加我WhatsApp看更多实拍图”，这样总OK吧？')).toMatch(/^不/);
    expect(lead('is replying "add my whatsapp for more real photos" to a new buyer ok?')).toMatch(/^No\b/);
  });
});

describe('a currency named by a longer name is that currency, not the one its last word names', () => {
  it('"Aussie dollars" and "Canadian dollars" are AUD and CAD, not USD', () => {
    const ids = (q: string) => analyzer.analyze(q).items.map((i) => i.id);
    expect(ids('can I hold Aussie dollars there?')).toEqual(['AUD']);
    expect(ids('do you take canadian dollars or us dollars?')).toEqual(expect.arrayContaining(['CAD', 'USD']));
  });
});

describe('"pay into my account" moves money; it asks no fee', () => {
  it('a free account does not make "can buyers pay into it in yen" a no', () => {
    expect(lead('can my buyers pay into the global account in yen and Canadian dollars?')).toMatch(/^Yes\b/);
  });

  it('"do I have to pay anything to open it" is still a fee question', () => {
    expect(lead('Do I have to pay anything to open the global account?')).toMatch(/^No\b/);
  });
});
