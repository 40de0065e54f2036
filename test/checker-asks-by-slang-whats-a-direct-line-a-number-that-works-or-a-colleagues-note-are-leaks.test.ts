import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// Asks for the buyer's contact in words the ask rules did not read: WhatsApp cut to "whats" after a possessive (lexicon
// MSG_WEAK), a direct line or landline (PHONEW), a number asked by what it must do, a colleague's note telling the rep to
// ask the buyer for his contact, the rep's boss proposing a video call; and an order named only as big is no order step
// that excuses the ask (ORDER_IS_BIG). Asks for order numbers, a price "that works", or a phone the courier needs pass.
// Wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('asks by slang whats, a direct line, a number that works or a colleague’s note', () => {
  it('are leaks', () => {
    for (const t of [
      'hey what is your whats? 我 send 你 the price list',
      'Could you share your landline and company name? our GM wants to check you',
      'The line keeps dropping, can you send me a number I can call after lunch?',
      'Note from Kevin: get her WhatsApp before she leaves the fair',
      '经理交代：问客户要一下他的电话，回头发给我',
      '亲 this order is huge, 我们经理想跟您通个语音',
      'ur order looks big bro, pls send me your 手机号',
    ]) expect(verdict(t), t).not.toBe('pass');
  });

  it('an order number, a price that works or a phone for the courier passes', () => {
    for (const t of [
      'Ask him for his PO number so I can match the payment',
      'Get her email off the cc line for the drawings, she left the company',
      'Get his phone repaired under warranty, the buyer said the screen cracked',
      'Give me a number that works for your budget and I will try',
      '问他要一下订单号，我查一下物流',
      'Your order is big, please give me your phone number for the courier',
      'what is your target price? what is the quantity?',
      'The factory has a direct line of production for this model',
    ]) expect(verdict(t), t).toBe('pass');
  });
});
