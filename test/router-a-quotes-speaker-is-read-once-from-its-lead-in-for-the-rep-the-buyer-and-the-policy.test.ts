import { describe, expect, it } from 'vitest';
import { createJobClassifier, extractQuotedDraft, quotedFrom, quoteLeadIn } from '../src/routing/index.js';

/**
 * Who said a quote's words is read in one place (routing/quoted.ts) from the words just before its opening mark: the
 * choice between two quotes (the rep's reply over the buyer's words) and the router's "this is the briefing's own
 * wording" both ask it, with the three lists of rules/routing quoteSpeakers. Only the lead-in counts: a speaker named
 * further back, or after the quote, is not the quote's.
 */
const { rules } = createJobClassifier();
const at = (text: string, quote: string) => ({ start: text.indexOf(quote) });

describe('the lead-in of a quote', () => {
  it('is the words before the opening mark, without the mark, and nothing for a quote that opens the message', () => {
    const text = 'Our sales girl replied "happy to help, the sample ships Friday"';
    expect(quoteLeadIn(text, at(text, 'happy'))).toBe('Our sales girl replied ');
    expect(quoteLeadIn('happy to help', { start: 0 })).toBe('');
    const long = `${'x'.repeat(100)} 我们回复：“货已发出”`;
    expect(quoteLeadIn(long, at(long, '货已')).length).toBe(40);
  });

  it.each([
    ['The webinar deck states "suppliers may not display an external storefront" - is a QR on the box included?', 'policy'],
    ['培训课件上写着“禁止引导买家站外交易”，那在包裹里放名片算吗', 'policy'],
    ['She messaged "do you have a telegram for faster photos?" so what do I do', 'buyer'],
    ['对方留言：“能不能给个邮箱单独发图纸”，怎么处理', 'buyer'],
    ['We answered "all drawings can be sent right here in the chat" — fine?', 'rep'],
    ['我们改成“样品费下单后可退，请在平台付款”了，可以吗', 'rep'],
  ] as const)('%s → said by %s', (text, who) => {
    const q = extractQuotedDraft(text, rules.askAboutDraft, rules.quoteSpeakers)!;
    expect(q).not.toBeNull();
    expect(quotedFrom(rules.quoteSpeakers, who, text, q)).toBe(true);
    // The buyer and the policy material exclude each other and the rep's reply; "写着" names both the policy's wording
    // and the text a reply is written as, so the rep's list may also hold a policy lead-in.
    const others = who === 'policy' ? (['buyer'] as const) : (['rep', 'buyer', 'policy'] as const).filter((o) => o !== who);
    for (const other of others) expect(quotedFrom(rules.quoteSpeakers, other, text, q), other).toBe(false);
  });

  it('a speaker named before the lead-in or after the quote is not the quote’s', () => {
    const text = `The rules say a lot of things about contact details, and honestly I read all of them twice: "ok" is what we sent`;
    const q = at(text, 'ok"');
    expect(quotedFrom(rules.quoteSpeakers, 'policy', text, q)).toBe(false);
  });

  it('of a buyer’s long quote and the rep’s short one, the rep’s is the draft, as the lead-ins say', () => {
    const text = 'Kunde schrieb — the client wrote "can you share a whatsapp so the engineer can call you about the motor wiring" and I replied "the engineer can join a video call here" ok?';
    expect(extractQuotedDraft(text, rules.askAboutDraft, rules.quoteSpeakers)?.text).toBe('the engineer can join a video call here');
  });
});
