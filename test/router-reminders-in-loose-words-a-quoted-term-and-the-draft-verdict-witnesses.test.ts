import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localRouter, pinnedClockRouterForFile } from './helpers/router.js';
import { createJobClassifier } from '../src/routing/index.js';
import { DEFAULT_ROUTING_RULES } from '../src/routing/cues.js';
import type { Reply } from '../src/core/types.js';

/**
 * Session 29's routing classes, on the real Router (checker, FAQ, reminders on PGlite, LLM off), with the clock pinned
 * to a Wednesday morning (2026-05-13 10:00 Shanghai) so nothing hangs on the day the test runs:
 * - the asker's own list asked in loose words ("what's on my plate", "我手上还有哪些事没处理") lists their cases;
 * - a case named by number with the word after it ("C2 done") closes that case, not another of the same kind;
 * - "… instead", "hold off … until", "don't need … anymore" snooze or cancel; a hypothetical about a case ("what happens
 *   if …isn't done", "…没改会咋样") asks the rule and closes nothing;
 * - a question quoting a term ("what counts as 'price gouging'?") is answered as a question, not judged as a draft;
 * - the draft verdict beside an answer follows the witness table of rules/routing/router.yaml (askDraftVerdict).
 */
// the router and reminders read a clock pinned to a Wednesday, 10:00 in Shanghai (WEDNESDAY_10_SHANGHAI)
const file = pinnedClockRouterForFile();

const scope = { platform: 'console' as const, workspaceId: 'local' };
const { say, track } = file;
const statusOf = async (ref: string) => (await file.service().getCase(ref, scope))!.status;
const kinds = (replies: Reply[]) => replies.map((r) => r.kind);

describe("the asker's list asked in loose words", () => {
  it.each([
    "what's on my plate this week?",
    'anything still open for me?',
    'my to-dos?',
    'any reminders coming up?',
    '我手上还有哪些事没处理',
    '看下我的待办',
    '有没有快到期的',
  ])('%s lists the open cases', async (text) => {
    // (flagged 2026-05-01: the 14-day deadline, 2026-05-15, falls in this week)
    await track('lia', 'track rectification P5101 2026-05-01');
    const list = (await say('lia', text)).find((r) => r.kind === 'reminder');
    expect(list?.text, text).toMatch(/P5101/);
  });
});

describe('a case named by number, and snoozes and cancels in other words', () => {
  it('"C<n> done" closes the case named, not the other of the same kind', async () => {
    const a = await track('max', 'track rectification P5201 2026-05-11');
    const b = await track('max', 'track rectification P5202 2026-05-12');
    await say('max', `${b} finished, thanks`);
    expect(await statusOf(b)).toBe('done');
    expect(await statusOf(a)).toBe('open');
  });

  it('"… instead" snoozes the one open case, and "don\'t need … anymore" cancels it', async () => {
    const ref = await track('nia', 'track violation-fix shop-n 2026-05-12');
    const [snoozed] = await say('nia', 'ping me on Friday instead');
    expect(['reminder', 'command']).toContain(snoozed!.kind);
    expect(snoozed!.text).toContain(ref);
    expect(await statusOf(ref)).toBe('open');
    await say('nia', "we don't need the violation fix reminder anymore");
    expect(await statusOf(ref)).toBe('cancelled');
  });

  it('a hypothetical about the case asks the rule and closes nothing', async () => {
    const ref = await track('oli', 'track rectification P5301 2026-05-12');
    for (const text of ["what happens if the rectification isn't done within the 14 days", '待整改的产品到期了还没改会咋样']) {
      const replies = await say('oli', text);
      expect(kinds(replies), text).toContain('answer');
      expect(kinds(replies), text).not.toContain('reminder');
    }
    expect(await statusOf(ref)).toBe('open');
  });
});

describe('a question quoting a term', () => {
  it('is answered or declined as a question, with no off-platform rule standing in for the answer', async () => {
    const replies = await say('pat', "is there a fixed ratio for what they call 'price gouging' on shipping? 2x? 3x?");
    const answer = replies.find((r) => r.kind === 'answer');
    expect(answer).toBeTruthy();
    // the quotedDraftQuestion fallback answers with the off-platform penalty; the term has nothing to do with it
    expect(answer!.text).not.toMatch(/引导站外|off-platform communication/i);
  });

  it('a message quoted to be sent still gets its verdict and the rule', async () => {
    const replies = await say('pat', "can I write 'add me on WhatsApp for the catalogue' to a buyer?");
    expect(kinds(replies)).toEqual(expect.arrayContaining(['check', 'answer']));
  });
});

describe('the draft verdict beside an answer follows the witnesses in the rules', () => {
  // a first-person statement that asks nothing: the weTellOpening witness gives it the verdict, however sure the model is
  const statement = '我们店铺本月也报名了直播带岗活动，新品视频都放在店铺首页视频栏里';
  it('with the shipped table it gets the verdict beside the answer; with every bar out of reach it gets only the answer', async () => {
    expect(kinds(await say('qin', statement))).toContain('check');
    const dir = mkdtempSync(join(tmpdir(), 'haili-witness-'));
    const path = join(dir, 'router.yaml');
    writeFileSync(path, readFileSync(DEFAULT_ROUTING_RULES, 'utf8').replace(/draftMin: [\d.]+/g, 'draftMin: 1'));
    const strict = localRouter(file.db(), createJobClassifier({ rulesPath: path }));
    const replies = await say('qin', statement, strict);
    expect(kinds(replies)).toContain('answer');
    expect(kinds(replies)).not.toContain('check');
  });
});
