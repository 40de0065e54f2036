import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { findOffence, loadAskRules, QuestionAnalyzer } from '../src/faq/question.js';

// English (and Chinese) wordings of asks for a detail the briefing never states: each is declined with what the briefing
// does not state, while a neighbouring question the briefing does answer is still answered.
const faq = createPolicyFaq({ llm: null });
const ask = (q: string) => faq.askLocal(q);
const analyzer = new QuestionAnalyzer(loadAskRules(new URL('../rules', import.meta.url).pathname)!);

describe('English asks for an unstated detail are declined, answerable ones are not', () => {
  it('an ID or number itself is declined where the topic only says to add someone on WeChat, and a stated hotline is given', () => {
    const id = ask("Could you tell me what the Zhaopin helper's WeChat ID is?");
    expect(id.declined).toBe(true);
    expect(id.answer).toMatch(/does not state the ID, number or address itself/);
    expect(ask('直播带岗对接小二的微信号是多少').answer).toMatch(/^简报没有说明[^。]*具体的账号、号码或地址/);
    const hotline = ask('What is the hotline number for Alibaba.com Pay?');
    expect(hotline.declined).toBe(false);
    expect(hotline.answer).toContain('400-655-2688');
  });

  it('a buyer message quoted in the question ("do you have whatsapp number?") is not an ask for an ID', () => {
    expect(ask('I asked a buyer "do you have whatsapp number?" — is that a violation?').declined).toBe(false);
  });

  it('a question opening with a negative auxiliary is a yes/no question', () => {
    const a = ask("Isn't JPY among the currencies the global account receives?");
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^Yes/);
  });

  it('a minimum fee is declined where only a rate is stated, and 最少提前 (a lead time) is still answered', () => {
    expect(ask('Is there a minimum fee per overseas payment?').answer).toMatch(/does not state a minimum amount/);
    const lead = ask('直播前最少提前几天提供素材');
    expect(lead.declined).toBe(false);
    expect(lead.answer).toContain('5天');
  });

  it('the platform closing an account is a penalty, not the asker cancelling', () => {
    const a = ask('Can the platform close my account for repeated fake prices?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/close/);
  });

  it('rules a list is based on are not paperwork to hand in', () => {
    expect(ask('Which two documents is the public naming of violators based on?').answer).not.toMatch(/which documents to hand in/);
  });

  it('"at once" and "once verified" count no offence, "caught once" does', () => {
    expect(findOffence('How many accounts can I bind at once?')).toBeNull();
    expect(findOffence('Once verified, can I open the account?')).toBeNull();
    expect(findOffence('I was caught once, what now?')).toBe(1);
  });

  it('a count per day is declined when no line counts that thing per day, and how often images refresh is answered', () => {
    expect(ask('How many posts per day can I auto-share to LinkedIn?').declined).toBe(true);
    const often = ask('How often are the share images refreshed?');
    expect(often.declined).toBe(false);
    expect(often.answer).toMatch(/every hour/);
  });

  it('a plain yes/no about a thing the answering line never names is declined, and one about what it names is answered', () => {
    const title = ask('Does a provincial-level green factory title automatically earn the Alibaba capability label?');
    expect(title.declined).toBe(true);
    // (declined as the yes/no's thing unnamed, or as something happening automatically, which no green line states)
    expect(title.answer).toMatch(/^The briefing does not state whether (that is so|that happens automatically)/);
    const skype = ask('Is putting my Skype ID in my chat signature a violation?');
    expect(skype.declined).toBe(false);
  });

  it('"is X free?" is declined where no line prices X, and answered where one does', () => {
    expect(ask('Is the Verified Supplier course free?').answer).toMatch(/does not state a fee or price/);
    const live = ask('Is the live recruiting service free?');
    expect(live.declined).toBe(false);
    expect(live.answer).toMatch(/0 yuan|free/);
  });

  it('who may take part is declined where the topic states no eligibility, and answered where it names whom it is for', () => {
    expect(ask('Do we have to be a Verified Supplier to apply for green factory certification?').answer).toMatch(/does not state who may take part/);
    expect(ask('只有金品商家才能参加FollowMe挑战赛吗').answer).toMatch(/^简报没有说明哪些商家可以参加/);
    const live = ask('Do we need to be a Gold Supplier to join the live recruiting?');
    expect(live.declined).toBe(false);
    expect(live.answer).toMatch(/Verified Supplier/);
  });

  it('when a stated period starts counting is declined where no start is given, and answered where "开通后30天内" gives it', () => {
    expect(ask('Does the 14-day fix window start counting from the warning email or from when the product shows in the diagnosis center?').answer).toMatch(/does not state when that period starts counting/);
    expect(ask('公示商家的7天修改期是从收到邮件那天开始算吗').answer).toMatch(/^简报没有说明这段期限从哪天开始算/);
    const tasks = ask('新手任务的30天从哪天开始算？');
    expect(tasks.declined).toBe(false);
    expect(tasks.answer).toContain('服务开通后30天内');
  });

  it('how long a penalty lasts is declined, while how long named merchants have to fix things is answered', () => {
    expect(ask('How long does a search demotion last?').answer).toMatch(/does not state how long that penalty lasts/);
    expect(ask('店铺被屏蔽要持续几天').answer).toMatch(/^简报没有说明处罚持续多久/);
    const fix = ask('How long do named merchants have to fix things?');
    expect(fix.declined).toBe(false);
    expect(fix.answer).toMatch(/7 days/);
  });

  it('"merchants who fix" and "the April list" are a relative clause and a noun, not a who-ask and a list-ask', () => {
    expect(analyzer.analyze('Do sellers who fix their listings in time stay off the next list?').types).toEqual(['yesno']);
    expect(analyzer.analyze('The FollowMe part, who was the speaker?').types).toContain('who');
    expect(analyzer.analyze('Who presented the green factory part?').types).toContain('who');
    expect(analyzer.analyze('Please list the eight currencies').types).toContain('list');
  });

  it("the asker's own costs ('our real cost went up') are context, not an ask for a fee", () => {
    const a = ask('我们收买家的运费比listing上写的高，because our real cost went up，算虚假运费吗？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^是的/);
  });

  it('getting a name off a published list is declined, while who is on it is answered', () => {
    expect(ask('Once we fix everything, are we taken off the published violator list?').answer).toMatch(/does not state how or when a name comes off the published list/);
    expect(ask('整改完了能不能从公示名单里撤下来').answer).toMatch(/^简报没有说明如何或何时从公示名单上移除/);
    const named = ask('Which companies from Hangzhou are on the list?');
    expect(named.declined).toBe(false);
    expect(named.answer).toMatch(/Hangzhou/);
  });
});
