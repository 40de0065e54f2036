import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The rep's social page named only as what the platform's SNS sharing fills by itself (posts shared or synced
// automatically from Alibaba.com), the buyer kept here: the page is the platform's reach, not a way to the rep, even
// when the wording that says so sits past the name's own window ("... shares our listings automatically from ...").
// The same page turned into the place to talk ("DM me there", "那边私信我"), before or after the SNS wording, or given
// with its account, still leaks.
const passes: Array<[string, string]> = [
  ['synced automatically, en', 'Those LinkedIn updates you saw get posted automatically from our Alibaba store, so please keep asking me here about prices.'],
  ['auto-shared by the platform, en', 'Yes that Instagram post is auto-shared from the platform when we list a new item. For a quote, reply in this chat.'],
  ['SNS function, zh', '您在脸书主页看到的新品，是国际站 SNS 功能自动推送过去的，要报价直接在这里跟我说。'],
  ['synced by the store, zh', '我们领英上的动态都是阿里店铺自动同步的，具体价格还是在这里谈哈。'],
  ['code-switched', '你刷到的 TikTok 视频是 Alibaba SNS 自动 sync 的啦, price 这里问我就好'],
  ['synced automatically, es', 'Nuestra página de Instagram se actualiza sola: se sincroniza automáticamente desde Alibaba (función SNS). Para precios, escríbame aquí.'],
];
const leaks: Array<[string, string]> = [
  ['sent there to talk, en', 'Our Facebook page gets auto-synced from Alibaba, DM me there and I can do a better price.'],
  ['sent there to talk, zh', '我们 Instagram 是平台 SNS 自动同步的，去那边私信我更快。'],
  ['the page with its account', 'Facebook page: fb.com/hengda.home88, message me there.'],
  ['sent there to talk, es', 'Búscanos en Facebook y escríbenos allí: la página se sincroniza automáticamente desde Alibaba.'],
  ['sent there before the sync is named, zh', 'Facebook 上私信我就行，那个主页是平台 SNS 自动同步的'],
  ['sent there before the sync is named, en', 'DM me on IG, it is auto-synced from our Alibaba store anyway'],
];

describe('a social page filled by the platform\'s automatic SNS sync is no channel', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
