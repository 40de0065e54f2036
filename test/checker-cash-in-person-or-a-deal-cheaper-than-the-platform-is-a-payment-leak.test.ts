import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Paying cash in person (at the stand, the showroom, the factory), or the platform named as the dearer way to deal,
// moves the payment off Alibaba.com.
describe('cash in person, or a deal cheaper than the platform', () => {
  it.each([
    'Drop by our booth in hall 3 and pay cash, no Alibaba commission',
    'When you come to the factory you can settle the deposit in cash',
    'skip the platform fee and pay cash on pickup',
    '来我们档口直接付现金就行',
    '现金交易的话可以再便宜一点',
    'Order directly with us next time, it is cheaper than on Alibaba',
    '直接跟我下单，比在阿里下单划算',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'We take no cash from visitors, all orders go through Trade Assurance.',
    'Shipping by sea is cheaper than by air, and it is all in the Trade Assurance order.',
    'This model is cheaper than the one on our Alibaba store page because it has no remote.',
    'Please never pay cash to anyone who visits you, pay only through Trade Assurance.',
    'There is no platform fee for you as a buyer on Trade Assurance, we cover it.',
    'Come visit our booth at the Canton Fair, hall 5.2, then order here on Alibaba.',
    '比平台上的同款厚一点，价格在这里报给您',
    '我们不接受现金，请在信保下单',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
