import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const ask = (q: string) => faq.askLocal(q, {}).answer;

// The briefing's penalty table: first time a warning, again 3 points each, and from the 4th time type one (steering
// off-platform) costs 6 points while type two (refusing Trade Assurance) closes Trade Assurance for 90 days.
describe('refusing Trade Assurance is counted on its own ladder', () => {
  it('answers the 4th refusal with the 90-day closure, not type one 6 points', () => {
    expect(ask('what happens if we refuse trade assurance to buyers for the 4th time')).toMatch(/^4th offence: the seller's Trade Assurance eligibility is closed for 90 days/);
    expect(ask('拒绝信保第4次会不会也扣6分？')).toMatch(/^不会。第4次：关闭卖家信用保障服务资格90天/);
  });

  it('says no when the closure is asked of an earlier offence, and yes from the 4th', () => {
    expect(ask('Type-two offences (refusing Trade Assurance): does the 90-day TA suspension already kick in on the 2nd offence?')).toMatch(/^No\. 2nd offence: 3 points deducted/);
    expect(ask('第5次拒绝信保会被关闭信保资格吗')).toMatch(/^会。/);
  });

  it('reads "more than three times" as the 4th', () => {
    expect(ask('what if we refuse trade assurance more than three times')).toMatch(/^4th offence/);
    expect(ask('引导买家站外沟通超过3次会怎样')).toMatch(/^第4次：扣6分/);
  });

  it('keeps type one ladder for steering off-platform', () => {
    expect(ask('if it is our 5th time steering buyers off-platform, how many points?')).toMatch(/^5th offence: 6 points deducted/);
  });
});
