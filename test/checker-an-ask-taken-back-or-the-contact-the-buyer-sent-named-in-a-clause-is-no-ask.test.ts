import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// ask.contact read three things as asks that ask nothing: "please" opening the next clause, which the compact view joins
// to the contact ("your email — please ignore"); a contact named by what the buyer did with it ("您刚发的邮箱", "您留的
// 电话"), a verb right before 的; and 把 + the buyer's contact with no giving verb after it ("系统把您发的号码屏蔽了"). An
// ask the rep takes back in its sentence ("please disregard, not needed", "we don't need it") is ruled out
// (refusals.yaml CONTACT_NOT_NEEDED). Round 38 showed the class twice; wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('an ask taken back, or the contact the buyer sent named in a clause, is no ask', () => {
  it('passes', () => {
    for (const t of [
      "Our PM's draft said to get your phone number — please disregard, not needed. The drawings will come here.",
      'The old template asked for your email, please ignore that, we do not need it.',
      '系统把您刚发的邮箱隐藏了，没关系，我们就在这里继续',
      '平台把您留的电话自动屏蔽了，我们在这边沟通就好',
    ])
      expect(verdict(t), t).toBe('pass');
  });

  it('an ask for the contact still blocks', () => {
    for (const t of ['麻烦把您的手机号发我一下', '请把您公司采购的邮箱发给我', '发您的邮箱给我，我把目录发过去', 'your email please', 'your phone number pls, I will call you'])
      expect(verdict(t), t).toBe('block');
  });
});
