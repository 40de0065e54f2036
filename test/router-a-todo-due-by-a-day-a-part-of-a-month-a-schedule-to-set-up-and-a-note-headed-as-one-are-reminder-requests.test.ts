import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { findDate } from '../src/reminders/index.js';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * Reminder requests typed with no command word, as reps write them (found on chat-t, eighteenth session; the phrasings
 * below are new, not the set's):
 * - the store's own work said to be due by a day, often with its hour, asking nothing ("明天上午十点前新品50个要全部上完");
 * - a case stated with a part of a month instead of its day ("5月下旬", "下个月初", "late May", "end of the month");
 * - a schedule Haili is asked to set up ("Set that up pls, Fridays 4pm", "每周五下午4点查签名档，安排一下");
 * - a note headed "记着：" or an "<day> — reminder to …", a heads-up asked for some days before.
 * Drafts that name a day (an order's step due by a date, a promise to a buyer, "亲 … 哦") stay drafts.
 * The real Router with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('a reminder asked for in plain words', () => {
  it.each([
    // the store's own work due by a day (and hour), said to no one
    '明早9点前要把20个SKU的运费模板改好',
    '今晚十二点前得把直播素材交了',
    '周四中午前高曝光那批的价格得全部改回来。',
    '后天下午三点前30个新品必须全部上架',
    'tomorrow before 10am all 50 new products have to be live.',
    'By Friday EOD the shipping templates must be fixed.',
    // a case with a part of a month, or weeks ahead
    '第二批名单5月下旬出，我们上次收到过预警邮件',
    '6月上旬直播带岗开播，素材还没准备',
    'Late May the second list comes out, and we were warned last time.',
    'Mid-June is the live show and the JD isn\'t written yet.',
    '2 weeks from now the new seller tasks close for us',
    // a schedule to set up
    'Set it up: Fridays 4pm signature check',
    'Schedule that for me - every Friday at 4pm.',
    '安排一下，每周五下午四点查签名档',
    '每天早上9点看一眼诊断中心，帮我设一下',
    // a note, a nudge or a heads-up asked after the day
    'end of month — reminder to check the Pay withdrawal quota',
    '记着：月底前把签名档全部清一遍',
    'Live recruiting session May 28, we still need the company video. Heads up 3 days before?',
    'FollowMe topic closes on the 13th, let me know the day before',
    'The platform announced that the star level goes live May 6 — let me know when it starts',
    'FollowMe results announced May 20. Tell me that morning.',
    // relative days, "帮我盯着", "记得", "ping me"
    '下周三提醒我把签名档里的邮箱删掉',
    '帮我盯着那3个待整改的品，14号到期',
    '记得下个月初提醒我报名直播带岗',
    'ping me in 10 days to recheck the shipping templates',
    'rectification due the 14th, can you nudge me two days before?',
  ])('gets the reminder proposal: %s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });

  it.each([
    'Hi Anna, production must be done by May 20, then we book the vessel. Best regards',
    '亲，月底前我们会把新品都上架，到时候第一时间通知您',
    'The new catalogue has to be updated by Friday, I\'ll send it right after.',
    '新款下周三前要全部上架，亲可以先收藏店铺哦',
    '尾款需要在5月下旬前付清，我们才能安排装柜',
    'The balance must be paid by May 20 so we can ship.',
    '明天上午十点前要付完定金哦，不然排不上产',
    'Shipment by mid-June is possible if the deposit arrives this week.',
    'Let me know the day before you visit our factory, we will pick you up.',
    'Please let me know before Friday if you want to change the logo.',
    '样品明天上午十点前寄出，单号稍后发您',
  ])('a draft that names a day stays a draft: %s', async (text) => {
    const k = await kinds(text);
    expect(k).toContain('check');
    expect(k).not.toContain('reminder');
  });
});

describe('a part of a month or weeks ahead is a date', () => {
  const today = DateTime.fromISO('2026-05-03', { zone: 'Asia/Shanghai' });
  it.each([
    ['5月下旬出', '2026-05-21'],
    ['五月底', '2026-05-31'],
    ['十一月初', '2026-11-01'],
    ['下个月初报名', '2026-06-01'],
    ['月中要交', '2026-05-15'],
    ['这个月中旬', '2026-05-11'],
    ['late May', '2026-05-21'],
    ['mid-June', '2026-06-15'],
    ['end of June', '2026-06-30'],
    ['by the end of the month', '2026-05-31'],
    ['start of next month', '2026-06-01'],
    ['in 2 weeks', '2026-05-17'],
    ['两周后', '2026-05-17'],
    ['今晚十二点前', '2026-05-03'],
  ])('%s is %s', (text, day) => {
    expect(findDate(text, today)).toBe(day);
  });

  it('"5月中国站" names no part of May', () => {
    expect(findDate('5月中国站', today)).toBeNull();
  });
});
