import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * The store telling what it does or has, in the first person and asking nothing ("We're in the FollowMe challenge this
 * month, our new videos are on the store page"), is said to a buyer as often as to Haili: whatever job the model picks,
 * the text gets the draft check as well. A first-person question still gets its answer. The real Router with the
 * shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('a first-person statement that asks nothing is checked as a draft', () => {
  it.each([
    "We're in the FollowMe challenge this month, our new videos are on the store page",
    '我们店铺参加了FollowMe挑战赛，最新视频在视频栏',
    '我们已经加入绿色工厂计划了，证书在公司介绍页面',
    'We have joined the Zhilian live hiring season, our job posts are on the store page',
  ])('%s', async (text) => {
    expect(await kinds(text)).toContain('check');
  });
});

describe('a first-person question is answered', () => {
  it.each(['我们店铺参加了FollowMe挑战赛，能拿什么奖励？', 'We joined the live hiring campaign, how many days ahead do we send materials?'])('%s', async (text) => {
    expect(await kinds(text)).toContain('answer');
  });
});
