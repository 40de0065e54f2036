import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// Other sellers' practice told only to set the rep apart ("lots of suppliers will call you on your mobile, we won't",
// "很多工厂会让您加 Skype 视频看厂，我们不需要") was no leak only for the rules whose unless words named OTHERS_WE_DONT;
// the ask, app-call, payee and file rules still blocked. The detector now reads refusals.yaml OTHERS_WE_DONT once and
// lowers every finding that starts inside such a span, whatever rule raised it. A contact given inside or after it (a
// number, an @handle, a link) and an invitation in the next sentence still block. Wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe("other sellers' practice the rep sets apart is no leak in any rule", () => {
  it('passes', () => {
    for (const t of [
      'Lots of suppliers will call you on your mobile, we won\'t.',
      '很多工厂会让您加Skype视频看厂，我们不需要，平台自带视频就行。',
      'Some vendors ask you to pay via PayPal Friends & Family, we don\'t.',
      "Other factories will send the catalogue by WeTransfer; we don't, I'll upload it here.",
      '有些卖家会把文件放百度网盘，我们不会，直接在这里发给您。',
    ])
      expect(verdict(t), t).toBe('pass');
  });

  it('a contact given, or an invitation after it, still blocks', () => {
    for (const t of [
      "Other suppliers ask for WhatsApp, we don't need it — just add me on WeChat: lily_8866",
      "Other suppliers will call you, we don't; call me on +86 138 0013 8000 instead.",
      '其他供应商都要您的电话，我们不要，您直接加我微信 wx_lily88 就行',
      "Some sellers send files by WeTransfer, we don't — I'll send our Dropbox link dropbox.com/s/abc123",
      'Many suppliers are slow, we are not. Add my WhatsApp for faster reply.',
      '很多工厂发货慢，我们不会。您加我微信吧',
    ])
      expect(verdict(t), t).toBe('block');
  });
});
