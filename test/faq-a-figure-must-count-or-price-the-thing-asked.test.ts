import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskRules, QuestionAnalyzer } from '../src/faq/question.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const faq = createPolicyFaq({ llm: null });
const analyzer = new QuestionAnalyzer(loadAskRules(join(root, 'rules'))!);

describe('a figure answers only when it counts or prices the thing asked', () => {
  it('declines "how many <thing>" when the only figures nearby count something else', () => {
    // the live-recruiting lines count streams (连播5场) and places (700名), never CVs
    const a = faq.askLocal('How many CVs will one live-stream session bring us on average?');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/does not state a number/);
  });

  it('still answers a count the line states of that thing, whichever word of the phrase names it', () => {
    const a = faq.askLocal('How many key benefits does the Verified Supplier course explain?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/\b5\b/);
    const z = faq.askLocal('直播带岗一共有多少个名额');
    expect(z.declined).toBe(false);
    expect(z.answer).toContain('700');
  });

  it('declines a price asked of something whose lines state no fee, though its section states figures', () => {
    // the showcase task says "100%->满10个": a percentage of use, not a fee
    const a = faq.askLocal('What does an extra showcase slot cost beyond the 10 in the task?');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/fee or price/);
    const z = faq.askLocal('绿色工厂认证的检测费用是多少钱');
    expect(z.declined).toBe(true);
    expect(z.answer).toContain('费用或价格');
  });

  it('answers a price a line states for the thing asked', () => {
    const a = faq.askLocal('对公提现的手续费是多少');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('0.125%');
  });

  it('reads which-bank and score asks with words between, and "哪几天" as asking for days', () => {
    expect(analyzer.analyze('Which domestic bank pays out the RMB?').types).toContain('institution');
    expect(analyzer.analyze('What score does a factory need to pass?').types).toContain('points');
    expect(analyzer.analyze('直播是哪几天？').types).toContain('day');
    expect(analyzer.analyze('直播是哪几天？').types).not.toContain('howlong');
  });
});

describe('numbers that count nothing, and editions the briefing does not cover', () => {
  it('does not read a list number or a full date as a count', () => {
    // "2、预警商家行动点" renders as "Action points 2"; a binding table holds "2022-04-18"
    const a = faq.askLocal('How many merchants got a pre-warning email in this round?');
    expect(a.answer).not.toMatch(/^Action points 2/);
    const b = faq.askLocal('How many LinkedIn pages may one account bind?');
    expect(b.answer).not.toMatch(/2022-04-18/);
  });

  it('does not read a rank (Top10) or a length of time (1-2 months) as a count of things', () => {
    const a = faq.askLocal('How many buyers receive the precise buyer push as a top-10 prize?');
    expect(a.answer).not.toMatch(/^Top ?10/);
    const b = faq.askLocal('How many LinkedIn profiles can one account bind at most?');
    expect(b.answer).not.toMatch(/^the example bindings expire/);
  });

  it('declines an edition written "season 3" as it does "第3季"', () => {
    const a = faq.askLocal('Is there going to be a round 3 of the 0-yuan live recruiting?');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/period or edition/);
  });

  it('declines a plan beyond what was announced unless a line announces one', () => {
    const a = faq.askLocal('Is Alibaba.com Pay going to add Korean won as a collection currency later this year?');
    expect(a.declined).toBe(true);
    const b = faq.askLocal('Will the green factory benefits go live in the future?');
    expect(b.declined).toBe(false);
    expect(b.answer).toContain('5月底');
  });

  it('asks "几次" of a line counting times, not of any count nearby', () => {
    const a = faq.askLocal('SNS智能分享一天能发几次');
    expect(a.declined).toBe(true);
  });
});
