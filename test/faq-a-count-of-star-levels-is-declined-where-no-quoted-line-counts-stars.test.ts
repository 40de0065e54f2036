import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

// "How many star levels are there", "最高几星": the briefing names single levels (0星, 1星及以上) but never how many there
// are or the highest. A "how many" of stars led by another class's figure ("30 days") or by no figure at all (only the
// quoted lines on when rating opens, whose figures are dates) states no number of stars; a line stating a star figure
// still answers.
const { declined, answered } = faqAsserts();

describe('a count of star levels is declined where no quoted line counts stars', () => {
  it('declines how many star levels there are, in English', () => {
    declined('How many star levels are there?');
    declined('How many stars is the top star level?');
  });

  it('declines how many stars, or the highest, in Chinese', () => {
    declined('星等级最多到几星');
    declined('商家星等级总共有几个星级？');
    declined('新商家完成任务后一般是几星？');
  });

  it('still answers the star level a line states', () => {
    expect(answered('几星商家可以用SNS？')).toMatch(/1星/);
    expect(answered('SNS灰度是几星以上的商家先开？')).toMatch(/1星/);
  });
});
