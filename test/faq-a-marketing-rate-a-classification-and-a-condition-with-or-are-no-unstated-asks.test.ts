import { describe, expect, it } from 'vitest';
import { loadAskKinds } from '../src/faq/asks.js';
import { loadAlternativeRules, offeredAlternatives } from '../src/faq/alternatives.js';

// A "conversion rate" of a video or a listing is a marketing ratio, not a currency's exchange rate; "does this also
// count as fake info" classifies one act under one rule, it does not ask whether one deed fills two programmes; and
// alternatives inside a condition ("if it piles up or repeats, what happens?") are the case asked of, not a choice.
const kinds = loadAskKinds();
const trips = (id: string, q: string) => kinds.find((k) => k.id === id)!.trigger.test(q);
const rules = loadAlternativeRules('rules/ask/alternatives.yaml')!;

describe('a marketing conversion rate is no live exchange rate', () => {
  it('fires only for currencies', () => {
    expect(trips('live-rate', 'how is the conversion rate of a product page worked out?')).toBe(false);
    expect(trips('live-rate', 'what is the conversion rate for the top listing')).toBe(false);
    expect(trips('live-rate', 'what is the conversion rate between USD and RMB today?')).toBe(true);
    expect(trips('live-rate', 'what is the exchange rate for EUR?')).toBe(true);
  });
});

describe('classifying an act is no double counting', () => {
  it('in both languages', () => {
    expect(trips('counts-twice', 'the buyer was charged extra shipping, does this also count as a violation?')).toBe(false);
    expect(trips('counts-twice', '运费收得比页面高，这也算作虚假信息吗？')).toBe(false);
    expect(trips('counts-twice', 'Does the contest clip also count toward the starter task?')).toBe(true);
    expect(trips('counts-twice', '比赛视频能顺便算成新手任务吗？')).toBe(true);
    expect(trips('counts-twice', '这条视频也计入新手任务吗？')).toBe(true);
  });
});

describe('alternatives inside a condition are not the choice asked', () => {
  it('in both languages', () => {
    expect(offeredAlternatives('如果违规的产品越来越多或者一再出现，店铺会受到什么处理？', rules)).toBeNull();
    expect(offeredAlternatives('if a listing breaks the rule twice or more, what happens to the store?', rules)).toBeNull();
    expect(offeredAlternatives('是按工作日还是自然日算？', rules)).not.toBeNull();
    expect(offeredAlternatives('Is it counted in calendar days or working days?', rules)).not.toBeNull();
  });
});
