import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// An app the rep keeps personal or not for work ("my WeChat is personal only", "我的 WhatsApp 只跟家人聊天", "mi WhatsApp
// es personal"), and a social page said to be only a showcase or not answered ("our Facebook page is just photos, we
// don't answer messages there", "notre page sert juste de vitrine"), are declined, not offered (rounds 25, 29, 30, 31).
// An account given anyway, or the buyer asked to write on the page, is still a channel.
describe('an app kept personal, a social page kept a showcase', () => {
  it.each([
    "My WeChat is personal only, so let's do the business part on Alibaba.",
    'Telegram is not for business on our side, please ask here.',
    '我的 WhatsApp 只跟家人聊天，业务都在阿里上谈。',
    '微信是私人的，不加客户哈，这边聊就行。',
    'Mi WhatsApp es personal, para pedidos mejor por aquí.',
    'Mon WhatsApp est personnel, continuons sur Alibaba.',
    "Our Facebook page is just photos, we don't answer messages there — inquiries here please.",
    'Our TikTok account is mainly for videos; we never answer DMs there, so please ask here.',
    '我们的抖音主页只是发产品视频的，不回私信，询价请在这里。',
    'Notre page Facebook sert juste de vitrine, pour commander écrivez-nous ici.',
    'O nosso Instagram é só vitrine, pedidos e dúvidas são atendidos aqui na Alibaba.',
    'Наш Instagram — просто витрина, заказы принимаем только здесь, на Alibaba.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    'My WhatsApp is personal only but for you ok: +86 138 0013 8000.',
    'Add my personal WeChat: lily_8899, faster than here.',
    '我的微信是私人的，你加我吧 wx: lily8899。',
    'Our Instagram is just a showcase, DM me there for the wholesale price list.',
    '我们的抖音主页只是发产品视频的，私信我拿报价。',
    'Follow our Facebook page and message us there for the latest prices.',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});
