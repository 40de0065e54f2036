import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Chinese puts the verb after the app: "钉钉上聊", "企业微信加一下", "威信搜…" invite as "add me on …" does. A company
// requirement to use the app is no refusal; the app ruled out after its name still passes.
describe('an app named before its Chinese chat, add or search verb', () => {
  it.each([
    '钉钉上聊吧，我拉个群把工程师也拉进来',
    'Skype上联系吧，我们老板一般在那边',
    '飞书上找我就行，名字是陈工',
    '企业微信加一下，公司要求大客户统一走企微管理',
    '威信搜【佳乐礼品】就能找到我们',
    '微信搜一下“华美灯饰”，头像是我们的工厂大门',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '微信上聊不了，我们公司规定只在阿里巴巴上沟通',
    'QQ我们不用哈，有问题直接在这里留言',
    '这款手表支持微信上聊天提醒，来电也会震动',
    '我们的企业微信只对内使用，您有问题在这里问我就好',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
