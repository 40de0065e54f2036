import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

// Asks whose figure the briefing never states, where a neighbouring line used to answer: the hours a line is staffed
// ("what hours", not only "service hours"); how many have "already" or "currently" done something (a live count, not an
// announced figure); how long until something happens "again" (a penalty ladder's step is points, never a time); and
// how many of a thing where the line's Chinese numeral counts another noun ("三个维度" is no number of videos).
const { declined, answered: answer } = faqAsserts();

describe('service hours, a count so far, a time past a ladder and a count of another noun are declined', () => {
  it('declines the hours a hotline or a support line is staffed or open', () => {
    declined('What hours is the Alibaba.com Pay hotline staffed?');
    declined('Which hours is the Alibaba.com Pay support line open?');
  });

  it('declines how many have already or currently done something', () => {
    declined('How many green factories are already certified on Alibaba.com?');
    declined('How many green factories have already been certified?');
    declined('目前已经有多少家商家通过绿色工厂认证？');
  });

  it('declines how long until something happens again, which no ladder step states', () => {
    declined('Once I fix a delisted product, how long until it shows up in search again?');
    declined('Once a delisted product is fixed, how long before it appears in search again?');
  });

  it('declines a count the line holds only of another noun, in Chinese numerals', () => {
    declined('How many approved quality videos does it take to get into the FollowMe Top 10?');
    declined('How many quality videos do we need to reach the FollowMe top 10?');
  });

  it('still answers the stated time, count, ladder step and numeral', () => {
    expect(answer('What time does the April merchant briefing start?')).toMatch(/10:00/);
    expect(answer('How many merchants were named on the April list?')).toMatch(/81/);
    expect(answer('If we steer a buyer off-platform again, what happens?')).toMatch(/3 points/);
    expect(answer('FollowMe新一季挑战赛有几个维度PK？')).toMatch(/三个维度/);
  });
});
