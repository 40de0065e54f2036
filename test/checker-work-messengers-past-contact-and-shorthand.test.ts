import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// [class, draft]
const leaks: Array<[string, string]> = [
  ['work messenger (Feishu)', '方便的话加一下飞书，我把方案发群里'],
  ['work messenger (WeCom)', '加我企业微信吧，我拉你进售后群'],
  ['"tele" for Telegram with a handle', 'find me on tele @lina_pumps for the drawings'],
  ['rep already messaged the buyer off-platform', 'Hi Omar, I messaged you on WhatsApp last night, please check'],
  ['dotted login in a signature', 'Best regards,\nAnna\nSkype: anna.valvesupply'],
  ['SMS shorthand with a national number', 'txt me 0412 555 019 when you land'],
  ['SMS shorthand invitation', 'just msg me after the fair, faster than here'],
  ['spec files to the buyer\'s mailbox', '产品 spec 我发到你邮箱了，请查收'],
  ['group behind a QR code', '扫一下二维码进我们 VIP 群，每周有特价'],
  ['another app the buyer uses', 'Is there another app you use? Easier for voice notes'],
  ['asking whether the buyer is on a social app, with an account', '你有 Instagram 吗? 我们账号 @deco_lights_cn 每天更新'],
  ['asking when to phone the buyer', 'When can I call you to explain the new model?'],
  ['"your number" in mixed text', '方便的话你的 number 是多少？我们 sales 打给你'],
];

const legit: Array<[string, string]> = [
  ['searching the store on the platform itself', '您可以在平台上搜索我们的店铺名，进店后点“联系供应商”'],
  ['Feishu named as a product integration', '这款考勤机支持对接飞书和钉钉的审批功能'],
  ['a call on the platform', 'Can I call you on Alibaba video call tomorrow to show the samples?'],
  ['a spec that stays here', 'The spec sheet is attached here in this chat'],
  ['the consignee number for the courier', 'Please send the consignee phone number for the DHL waybill here in this chat'],
  ['an app named for its product feature', 'This smartwatch supports WhatsApp notifications and calls'],
];

describe('work messengers, past off-platform contact, SMS shorthand, asks by another route', () => {
  it.each(leaks)('%s blocks: %s', (_cls, draft) => {
    expect(checker.checkLocal(draft).verdict).not.toBe('pass');
  });
  it.each(legit)('%s passes: %s', (_cls, draft) => {
    expect(checker.checkLocal(draft).verdict).toBe('pass');
  });
});
