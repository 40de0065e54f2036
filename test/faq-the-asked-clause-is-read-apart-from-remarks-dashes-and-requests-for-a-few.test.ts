import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// What a question asks is read from its asking clause: a remark after it, set off by a space ("…几号到几号 要排档期"), or
// a story before a dash ("…in yen — can Pay do JPY?") is no part of the event asked; "说几个", "列几个" ask for some of
// the items, not their number; "which third-party chat apps" asks for tools, not a company; a term the briefing labels
// and explains ("待整改产品：指…") is explained; a "when we…, am I allowed…?" clause still asks yes or no; and a lapse
// given as a year and "this year" is worked out against the briefing's year.
const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, `${q} -> ${a.answer}`).toBe(false);
  return a.answer;
};
const lead = (q: string) => answer(q).split('\n')[0]!;

describe('the asked clause is read apart from remarks, dashes and requests for a few', () => {
  it('a remark after the ask, set off by a space, does not make the date another event', () => {
    expect(lead('FollowMe这期话题招稿是几号到几号 要排拍摄档期')).toContain('4月30日-5月13日');
    expect(lead('FollowMe话题招稿哪天截止 我们要排档期')).toContain('5月13日');
  });

  it('words after a space that still ask stay with the subject before them', () => {
    expect(lead('星等级评定开启 一定要30天内完成新手任务吗 超了就不行?')).toMatch(/^不/);
  });

  it('a dash sets off the story from the question it asks', () => {
    expect(lead("we need to pay a Japanese mould maker in yen — can Pay's overseas payment do JPY?")).toMatch(/^No\. JPY is not listed/);
    expect(lead('my supplier is in Switzerland — can overseas payment pay in CHF?')).toMatch(/^No\. CHF is not listed/);
    expect(lead("A buyer asked for a quote and our auto-reply says 'add my WhatsApp' — does that count as a violation?")).toMatch(/^Yes/);
  });

  it('"说几个", "列几个", "举几个" ask for items, not for a count', () => {
    for (const q of ['绿色工厂那几个“化”的原则，说几个我写进PPT', '绿色工厂的原则，列几个给我', '绿色工厂有哪些原则，举几个']) expect(answer(q)).toContain('厂房集约化');
  });

  it('"which third-party chat apps" asks for the tools, not for a company', () => {
    expect(answer("Which third-party chat apps does the briefing name as 'non-platform' tools?")).toMatch(/WhatsApp/);
  });

  it('a term labelled and explained as "X：指…" is explained, not declined as only named', () => {
    expect(answer('待整改产品是什么意思')).toContain('整改机会');
    expect(lead('产品诊断中心里那些“待整改”的是啥意思？是平台还给机会改的那种吗')).toMatch(/^(是|会|对)/);
    expect(answer("What does 'product pending rectification' mean?")).toMatch(/chance to fix/);
  });

  it('a clause opening with "when we…" before "am I allowed…?" still asks yes or no', () => {
    expect(lead("when we're booking the shipment, am I allowed to ask the buyer for a phone number for the courier?")).toMatch(/^Yes/);
    expect(lead("When we're arranging logistics, am I allowed to ask the buyer for an email?")).toMatch(/^Yes/);
  });

  it('a lapse from a named year to "this year" is counted against the briefing\'s year', () => {
    expect(lead('我们2020年断约了，今年5月重新签回来，算新签吗？')).toMatch(/^是/);
    expect(lead('我们去年3月断约，今年6月再签，算新签吗？')).toMatch(/^是/);
    expect(lead('We let our membership lapse in 2020 and re-signed in May this year — do we count as newly signed?')).toMatch(/^Yes/);
    // five months is under the year the line states
    expect(lead('我们2021年12月断约，今年5月重新签回来，算新签吗？')).toMatch(/^不/);
  });
});
