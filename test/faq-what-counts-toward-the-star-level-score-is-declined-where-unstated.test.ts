import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

const { declined } = faqAsserts();

// The briefing says when star-level evaluation starts (after the newbie tasks), not what it scores; four stranger
// writers asked whether SNS sharing counts toward it and got the SNS lines (1星及以上灰度) read as a yes or no.
describe('what counts toward the star-level score is not stated', () => {
  it('in English and in Chinese', () => {
    expect(declined('Does sharing via SNS count toward my star-level score?')).toMatch(/counts toward the star-level score/);
    expect(declined('will buyers who find me via my facebook posts count toward my star rating?')).toMatch(/counts toward the star-level score/);
    expect(declined('通过SNS分享带来的站外询盘，会计入星等级的分数吗？')).toMatch(/计入星等级/);
  });
});
