import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Chinese typed in pinyin asks for the buyer's app, or to switch apps, as Chinese does; and a collection code (收款码)
// the rep will send the buyer to pay with is a payment off the platform. Each is blocked by a rule with its span, not
// left to the classifier. A pinyin question about samples, a 收款码 plate sold as goods and a warning not to scan one pass.
describe('an app asked for in pinyin and a collection code the rep will send are leaks', () => {
  it.each([
    ['pinyin: do you have the app', 'ni you mei you whatsapp? wo fa ni chan pin tu pian', 'whatsapp'],
    ['pinyin: do you use the app', 'nin yong telegram ma? wo gei ni fa bao jia', 'telegram'],
    ['pinyin: switch to another app', 'zai zhe li bu hao liao, wo men huan ge app liao ba', 'huan ge app liao'],
    ['collection code to be sent', '订单金额确认后我发给您收款码，用手机扫一下就好', '收款码'],
    ['Alipay collection QR to be sent', '样品费的话，我们回头给您发个支付宝收款二维码', '收款二维码'],
  ])('blocked by a rule: %s', (_what, text, cover) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('block');
    expect(r.stage).toBe('rules');
    const at = text.indexOf(cover);
    expect(r.findings.some((f) => f.start <= at && f.end >= at + cover.length), JSON.stringify(r.findings.map((f) => f.excerpt))).toBe(true);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });
  it.each([
    ['pinyin question about samples', 'ni you mei you yang pin? wo men ke yi fa DHL'],
    ['collection-code plates sold as goods', '我们卖的收款码牌有亚克力和金属两种，可以印你的收款码'],
    ['warning not to scan any', '付款请在阿里订单页面完成，不要扫任何收款码'],
  ])('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
});
