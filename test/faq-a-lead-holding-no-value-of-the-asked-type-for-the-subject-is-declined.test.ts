import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// A composed answer may lead with a figure of the asked type that is not the value asked: the line about the subject
// says only "一定量" / "a certain amount" and the figure comes from an example; the only figure of a "how many" lead is a
// date; every figure of the lead counts things of another class than the ones asked ("5场" for merchants); a yes/no lead
// already says the briefing does not mention the thing.
// Each is declined as "not stated", quoting the nearest line. Look-alikes: the figures the briefing does state for those
// subjects are still answered.
const faq = createPolicyFaq({ llm: null });
const declined = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, `${q} -> ${a.answer}`).toBe(true);
  expect(a.declineReason).toBe('not_stated');
  return a.answer;
};
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, `${q} -> ${a.answer}`).toBe(false);
  return a.answer;
};

describe('a lead holding no value of the asked type for the asked subject is declined', () => {
  it('declines a threshold the briefing gives only as "a certain amount", quoting that line', () => {
    const a = declined('Exactly how many false-MOQ listings can pile up before all products in the shop get penalised? I need the number');
    expect(a).toMatch(/certain amount/);
    expect(a).toMatch(/What it does say/);
  });

  it('still answers the days the April-list merchants get to fix their listings', () => {
    expect(answer('Our shop is on the April list. How many days to correct the listings?')).toMatch(/7/);
  });

  it('declines a count whose only figure in the lead is a date', () => {
    expect(declined('How many suppliers have opened Alibaba.com Pay so far?')).toMatch(/does not state/);
  });

  it('declines a count of merchants led by a count of sessions, and still answers the sessions and the places', () => {
    declined('How many merchants tuned in to the Zhaopin live room?');
    expect(answer('直播带岗一共连播几场？')).toMatch(/5/);
    expect(answer('How many merchants can join the live recruiting?')).toMatch(/700/);
  });

  it('declines a yes/no whose lead says the briefing does not mention the thing, but keeps an evaluative one', () => {
    expect(declined('标准化研究院会给达标工厂寄一块铜牌吗？')).toMatch(/简报没有说明/);
    answer('我们价格比同行高出很多倍，这样有风险吗？');
  });

  it('declines a later numbered edition named right after its ordinal, and answers the current one', () => {
    expect(faq.askLocal('When does the 5th period of FollowMe open for entries?').declined).toBe(true);
    expect(answer('When does the third period of FollowMe take submissions?')).toMatch(/30 April/);
  });

  it('declines the definition of a quoted term the briefing only uses', () => {
    expect(declined("How does the platform define a 'high-exposure product'?")).toMatch(/criteria/);
  });
});
