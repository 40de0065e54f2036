import { describe, expect, it } from 'vitest';
import { feeActOf } from '../src/faq/decline.js';
import { faqAsserts } from './helpers/faq.js';

const { declined, answered } = faqAsserts();

describe('a count asked as 多少 + a noun is answered only by a line that counts that noun', () => {
  it('inquiries, CVs or exposure are counted by no line: a share count or another figure is no answer', () => {
    for (const q of ['分享到Facebook的帖子带来多少询盘', '分享到LinkedIn的帖子一般能带来多少曝光', '直播带岗一场下来能收到多少简历']) {
      expect(declined(q)).toMatch(/简报没有说明/);
    }
  });

  it('a count a line does state is still answered', () => {
    expect(answered('4月一共公示了多少商家')).toContain('81');
    expect(answered('直播带岗招募多少商家')).toContain('700');
  });
});

describe('a figure counts the noun right after it, and a list what its heading\'s last word names', () => {
  it('the course\'s 5 benefits, 4 chapters or 3 highlights are not how many lessons it has', () => {
    for (const q of ['How many lessons does the Gold Supplier 3.0 course have?', 'how many lessons are in the verified supplier official course']) {
      expect(declined(q)).toMatch(/does not state/);
    }
  });

  it('the benefits, lecturers and places those lines do count are answered', () => {
    expect(answered('how many benefits does the gold course explain')).toContain('5 key benefits');
    expect(answered('金品课程有几位讲师')).toMatch(/7/);
    expect(answered('How many lecturers does the gold supplier course list?')).toMatch(/7/);
    expect(answered('how many places are there for the zhaopin live recruiting')).toContain('700');
  });
});

describe('a fee asked of an act the priced line never names is declined', () => {
  it('exchanging currencies is priced nowhere: the account fees or the withdrawal waiver do not answer it', () => {
    for (const q of ["What's the fee for exchanging EUR into USD?", 'how much does it cost to exchange currencies in Pay', '换汇要收多少手续费']) {
      expect(declined(q)).toMatch(/does not state|简报没有说明|没有这个问题的答案/);
    }
  });

  it('"free exchange" (自由汇兑, exchange without restriction) is no price', () => {
    expect(declined("What's the fee for exchanging between the 8 currencies?")).not.toMatch(/^Free exchange/);
  });

  it('a fee whose line names the act, or whose act is only worded by the asker, is answered', () => {
    expect(answered('海外付款收多少手续费')).toContain('0.125%');
    expect(answered("What's the fee for overseas payment?")).toContain('0.125%');
    expect(answered("what does it cost to cash out to the company's legal person")).toContain('0.3%');
    expect(answered("how much does it cost to pull money out to the legal rep's card")).toContain('0.3%');
  });

  it('an English fee\'s act keeps its particle', () => {
    expect(feeActOf('what does it cost to cash out')).toBe('cash out');
    expect(feeActOf('the fee for exchanging between currencies')).toBe('exchanging');
  });
});
