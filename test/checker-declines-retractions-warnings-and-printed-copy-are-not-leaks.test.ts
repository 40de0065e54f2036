import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });
const leaks = (t: string) => checker.checkLocal(t).leak;

// Classes of false alarm found in a set of hard legitimate drafts written blind (drafts-legit, twelfth session),
// each beside a leak of the same shape that must still block.
describe('legitimate drafts that name a channel only to rule it out', () => {
  it('passes a contact ruled out right after it, and blocks one offered', () => {
    expect(leaks('谢谢您这么信任我们！不过私人号码真的不能给，怕违反平台规定被处罚😅 您在这边留言，我上班下班都会看的。')).toBe(false);
    expect(leaks('私人号码可以给您，晚上打我电话')).toBe(true);
  });

  it('passes an earlier message withdrawn, and blocks a new handle given with the withdrawal', () => {
    expect(leaks('我们同事 Mia 上次发的那个 Telegram link 请不要点，已撤回了，sorry！所有 update 都在 Alibaba.com 这里。')).toBe(false);
    expect(leaks("Sorry - in my last message I accidentally pasted a contact line from another template. Please ignore it; let's keep everything on Alibaba.com.")).toBe(false);
    expect(leaks('Please ignore my last message, my new WhatsApp is +86 138 5742 9061')).toBe(true);
  });

  it('passes the buyer request quoted and the rep staying here', () => {
    expect(leaks('You wrote «дайте ваш телеграм» - sorry Dmitry, no Telegram for business chats, we stay on Alibaba.com.')).toBe(false);
  });

  it('passes impostor and scam warnings, and the prohibitive 别', () => {
    expect(leaks('温馨提醒：最近有人冒充我们公司在站外联系客户，说账户变更要求打款。请不要付款。')).toBe(false);
    expect(leaks('在国际站下单有信保保障，千万别私下转账。')).toBe(false);
    expect(leaks('私下转账可以便宜 3%，不用走信保')).toBe(true);
  });

  it('passes app names and call phrases printed on the goods', () => {
    expect(leaks("The 'Call me maybe' and 'Text me back' slogan prints are our best sellers with US boutiques")).toBe(false);
    expect(leaks("车载支架的卖点文案我们写的是 'Hands-free for Google Maps, WhatsApp & Waze'，印在彩盒背面。")).toBe(false);
    expect(leaks('二维码防伪标签：每张标签的码都是唯一的，消费者扫码可以查真伪。')).toBe(false);
  });

  it("passes another app's call put in the platform's video call's place", () => {
    expect(leaks('回复您的问题：Skype 视频看样可以换成国际站的视频通话，效果一样，还不用另外装软件。')).toBe(false);
    expect(leaks('我们 Skype 视频看样吧，更方便')).toBe(true);
  });
});
