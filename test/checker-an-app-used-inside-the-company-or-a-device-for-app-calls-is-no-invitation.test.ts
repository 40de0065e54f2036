import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// An app the rep's company uses inside ("我们内部用钉钉跟进", "we use Teams internally"): the messenger rule's feature
// words now take the verb between 内部/internal and the name, and "internally" after it, so "我们" before the name is no
// weak invitation. A device sold for app calls (a car holder, a headset, a tablet stand) is product talk for the
// messenger rule and the app-call rule alike: both read refusals.yaml APP_DEVICE. An add, a handle or a call the rep
// proposes still invites. Round 37 and 38 drafts showed each; wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('an app used inside the company or a device for app calls is no invitation', () => {
  it('passes', () => {
    for (const t of [
      '我们公司内部都用企业微信协同，订单进度同步会晚一点',
      "Our team uses Teams internally for production updates, so I'll confirm by tomorrow here.",
      '我们工厂内部用飞书排产，您这边看到的更新可能晚半天',
      '我们 internal 用 Lark 排产，所以 update 可能晚一点',
      '这款车载支架可以一边导航一边用WhatsApp视频，夹得很稳',
      'This headset is great for WhatsApp calls, the mic cancels noise well.',
      'The tablet stand lets you do WeChat video calls hands-free.',
    ])
      expect(verdict(t), t).toBe('pass');
  });

  it('an add, a handle or a call the rep proposes still blocks', () => {
    for (const t of [
      '我们内部用钉钉，您也下载一个钉钉加我吧',
      'Internally we use WeChat, please add me there: wx_lily88',
      "Let's do a WhatsApp video call tomorrow so I can show you the phone holder samples.",
      '我们用微信视频给您看一下支架的样品吧',
    ])
      expect(verdict(t), t).toBe('block');
  });
});
