import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });
const leaks = (t: string) => checker.checkLocal(t).leak;

// Classes of leak found in a tuning set written blind (drafts-t, twelfth session), each with the legitimate
// look-alikes that must still pass.
describe('leaks that name the channel around the rule words', () => {
  it('finds a social account given as "our <platform> is <account>"', () => {
    expect(leaks('Our TikTok is hengda.hardware – the hinge test video is there.')).toBe(true);
    expect(leaks('my linkedin is hengda.hardware')).toBe(true);
    expect(leaks('Our Instagram has all the new models')).toBe(true);
    expect(leaks('Our Instagram is popular with young buyers, so we made the pink version')).toBe(false);
  });

  it('finds a handle to search for after a decline: the "but" ends the negation', () => {
    expect(leaks('我不能在这里留微信，规定不允许😂 但是您搜一下 jiasheng2022 就能找到我了')).toBe(true);
    expect(leaks('不能加微信，但是可以在阿里聊')).toBe(false);
    expect(leaks('您搜一下 XR2000 就能找到这款')).toBe(false);
  });

  it('finds the seller sent to another marketplace in the buyer language, and passes the buyer own store', () => {
    expect(leaks("Tambien estamos en Mercado Libre, busca 'Herrajes Hengtai', you can buy 2-3 pcs there first to test")).toBe(true);
    expect(leaks("We're also on Amazon, same name")).toBe(true);
    expect(leaks('We can print FBA labels for your Amazon store')).toBe(false);
    expect(leaks('Do you sell on Amazon or eBay?')).toBe(false);
  });

  it('finds a channel asked for indirectly, without "do you"', () => {
    expect(leaks('Kindly let me know which platform you usually chat on besides this one, so we can keep in touch')).toBe(true);
    expect(leaks('Besides this one, we also have a cheaper model')).toBe(false);
    expect(leaks('which channel you like for shipping, sea or air?')).toBe(false);
  });

  it('finds the number pointed at in a picture the rep sent or on the card given before', () => {
    expect(leaks('WhatsApp 头像是一把红色挂锁，号码在我发的第三张图里')).toBe(true);
    expect(leaks('号码跟上次名片上的一样，就是最后四位改成 9061 了')).toBe(true);
    expect(leaks('the number is in the 3rd photo I sent')).toBe(true);
    expect(leaks('订单号码在我发的截图里')).toBe(false);
    expect(leaks('收货人电话在我发的图片里，请核对')).toBe(false);
  });

  it('finds the rep calling the buyer mobile in Chinese, and passes the courier doing it', () => {
    expect(leaks('方便语音吗？我直接拨您手机')).toBe(true);
    expect(leaks('快递员会拨您手机确认')).toBe(false);
  });
});
