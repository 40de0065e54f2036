import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { pinnedClockRouterForFile } from './helpers/router.js';

/**
 * "deadline 改成 5/29" names the day the work is due, not the day the case starts: the proposal counts the case's start
 * back by the policy's days (rectification: 14), so the deadline lands on the day said. A new date with no deadline word
 * ("改到5月20号") is still the case's new start. Wordings invented. Clock pinned to Wednesday 13 May 2026, 10:00 Shanghai.
 */
const file = pinnedClockRouterForFile();
const today = () => DateTime.now().setZone(file.service().timeZone).toISODate()!;
const { say, track } = file;

describe('a date change that names the deadline moves the deadline to that day', () => {
  it('in Chinese: 截止 / deadline 改成 a day gives that day as the deadline', async () => {
    await track('qin', `track rectification P9901 ${today()}`);
    const [reply] = await say('qin', '整改那个的 deadline 改成 5/29 吧');
    expect(reply!.text).toMatch(/2026-05-29/);
    expect(reply!.text).toMatch(/2026-05-15/);
  });

  it('in English: the due date moved from one day to another takes the second', async () => {
    await track('ray', `track rectification P9902 ${today()}`);
    const [reply] = await say('ray', 'please change the rectification due date from 5/27 to 6/1');
    expect(reply!.text).toMatch(/2026-06-01/);
    expect(reply!.text).toMatch(/2026-05-18/);
  });

  it('a new day with no deadline word is still the case’s new start', async () => {
    await track('sue', `track rectification P9903 ${today()}`);
    const [reply] = await say('sue', '把整改那条的开始日期改到5月20号');
    expect(reply!.text).toMatch(/2026-05-20/);
    expect(reply!.text).toMatch(/2026-06-03/);
  });
});
