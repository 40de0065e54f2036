import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A refusal is no refusal when the draft then gives the contact anyway: pointed at in a picture or card with the contact
// word left in the refusal, told as derived from the store's name, or told end first. A word written one character a
// line is still that word. Real refusals, and a store name with no account derived from it, pass.
describe('a refusal that leaks anyway, a derived account and stacked characters', () => {
  it.each([
    '平台不允许留手机号，但是您看一下我们发的产品图片里面有',
    'sorry, no email here, but you can find it printed on the carton in the 2nd photo',
    '这里不能发WhatsApp哦，我的账号就是公司名的英文缩写',
    "Can't write Telegram details here 🙈 but our shop name + 88 is my username there",
    "I'm not allowed to type my number. It ends with 5521 and starts with 0917, you know 😉",
    '加\n我\nV\n聊',
    '加\n我\n薇\n信',
  ])('a rule warns on %s', (t) => {
    const r = checker.checkLocal(t);
    expect(r.leak).toBe(true);
    expect(r.stage).toBe('rules');
  });

  it.each([
    '平台不允许留手机号，有问题就在这里留言，我看到马上回复',
    '我们的店铺名是 Sunrise Lighting，下单时在平台搜店铺名就能找到',
    "Sorry, I can't share my email here. Our company name is on the sample box label, that's all.",
    '好\n的\n，谢谢',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
