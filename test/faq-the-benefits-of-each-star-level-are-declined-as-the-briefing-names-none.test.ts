import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

// The briefing says stars bring "对应的星级权益" and never states what any level gets: a question asking the benefits
// level by level ("at each star level", "每个星级分别有什么权益") is declined. Look-alikes: the benefits it does list (green
// factory, Gold Supplier course) are still answered.
const { declined, answered: answer } = faqAsserts();

describe('the benefits of each star level are declined as the briefing names none', () => {
  it('declines benefits asked level by level, in either language', () => {
    declined('What are the specific benefits at each star level?');
    declined('What benefits come with each star level?');
    declined('What perks does each tier of merchant get?');
    declined('每个星级分别有什么权益？');
    declined('不同星级的商家权益有什么区别？');
  });

  it('still answers the benefits the briefing lists', () => {
    answer('What benefits does a green factory get?');
    expect(answer('绿色工厂有哪些权益？')).toMatch(/商家能力标签/);
  });
});
