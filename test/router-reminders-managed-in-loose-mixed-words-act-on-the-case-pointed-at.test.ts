import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { pinnedClockRouterForFile } from './helpers/router.js';

/**
 * A rep manages a tracked case in loose words, Chinese, English or both in one line, pointing at the case ("it", "那个")
 * rather than naming its kind: the words are the action on that case (done, snooze, a new day, the list), never a request
 * to create a new reminder. With several open cases, the one the conversation was last about is meant. Wordings here
 * are invented, none is a corpus item. Clock pinned to Wednesday 13 May 2026, 10:00 Shanghai.
 */
const file = pinnedClockRouterForFile();
const scope = { platform: 'console' as const, workspaceId: 'local' };
const today = () => DateTime.now().setZone(file.service().timeZone).toISODate()!;
const { say, track } = file;
const statusOf = async (ref: string) => (await file.service().getCase(ref, scope))!.status;

describe('reminder talk in loose words reaches the action it asks for', () => {
  it('finished work said alone marks the one open case done, and "what is next" lists what is left', async () => {
    const ref = await track('lia', `track rectification P8801 ${today()}`);
    const replies = await say('lia', 'okay 弄完了，接下来做什么');
    expect(await statusOf(ref)).toBe('done');
    expect(replies.length).toBe(2);
    expect(replies.every((r) => r.kind === 'reminder' || r.kind === 'command')).toBe(true);
  });

  it('with several open cases, "that one" is the case the conversation was last about', async () => {
    const first = await track('max', `track rectification P8802 ${today()}`);
    const second = await track('max', `track growth-tasks shop-m ${today()}`);
    await say('max', 'yep that one is all set 👌');
    expect(await statusOf(second)).toBe('done');
    expect(await statusOf(first)).toBe('open');
  });

  it('later, or a day, said as the whole message snoozes the case and never asks to create one', async () => {
    const ref = await track('nia', `track violation-fix shop-n ${today()}`);
    const [reply] = await say('nia', '嗯 回头再提醒我，这会儿在开会');
    expect(reply!.kind).not.toBe('answer');
    expect(reply!.text).not.toMatch(/要我创建|还缺少/);
    // the snooze reply names the case it moved (its next reminder may already lie beyond the default day)
    expect(reply!.text).toContain(ref);
  });

  it('a case pointed at is moved to a weekday typed short, in either language', async () => {
    await track('oli', `track rectification P8803 ${today()}`);
    const [en] = await say('oli', 'pls bump it to next thurs');
    expect(en!.text).toMatch(/2026-05-21/);
    const [zh] = await say('oli', '把那条往后挪到下周二');
    expect(zh!.text).toMatch(/2026-05-19/);
  });

  it('what is due in a window said in the other language lists the own cases', async () => {
    await track('pam', `track rectification P8804 ${today()}`);
    const [reply] = await say('pam', 'anything due 下个月?');
    expect(reply!.kind).toBe('reminder');
    expect(reply!.text).toMatch(/P8804/);
  });
});
