import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * Reps often just state the case ("live stream booked for the 18th, videos not ready", "待整改商品 12个，5月3号出现的",
 * "拍档让我们一周内整改完") without asking for anything: a deadline's kind named with its day or its window, said to no
 * one and not asked as a question, is a case to track, so the reply is the reminder proposal (nothing is created before
 * the one "yes"). The same words asked as a question, said to a buyer, or asked to be recalled are not.
 * "Check 一下 policy" asks about the rules: the check command is for drafts.
 * The real Router with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('a case stated with its day or its window', () => {
  it.each([
    'Zhaopin live session is on the 25th. company intro and job videos still missing',
    'Diagnosis center: 6 items to be rectified, they appeared yesterday',
    '直播带岗排在下周三，岗位视频还没剪好',
    '诊断中心昨天冒出来4个待整改的产品',
    '违规公示名单上有我们，领导说一周内必须整改完',
    'we are on the violators list, have to fix within 7 days',
  ])('gets the reminder proposal: %s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });

  it.each([
    '诊断中心昨天冒出来4个待整改的产品，要在几天内改完？',
    'For stores activated after May 1, which newbie growth tasks count?',
    'Our live show is on the 25th, you can watch it in the Alibaba.com app and ask us anything there.',
    '提醒我下待整改的期限是多少天来着',
  ])('is not a reminder request when asked, said to a buyer, or asked to be recalled: %s', async (text) => {
    expect(await kinds(text)).not.toContain('reminder');
  });
});

describe('"check" followed by the policy asks about the rules', () => {
  it.each(['Check 一下 policy：物流阶段问收货人电话可以的吧？', 'check the rules: may we ask the consignee phone for DHL?'])('is answered: %s', async (text) => {
    expect(await kinds(text)).toContain('answer');
  });
});
