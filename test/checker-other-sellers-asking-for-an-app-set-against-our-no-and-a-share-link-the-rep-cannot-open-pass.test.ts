import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Other sellers' practice told only to set the rep apart ("other suppliers ask for your WhatsApp, we don't"): the app is
// what others ask for, and the rep's own answer is no, in the next clause or the next sentence, in either language or
// both. A share link the rep says they cannot open, with the rep as the subject ("Google Drive link 我这边 open 不了"),
// fails like a link that does not open; Google's other products named are no search for the company.
// A channel the rep offers after such a no, or another service offered for the files, still leaks.
const passes: Array<[string, string]> = [
  ['factories push buyers to an app, we never do', 'Lots of factories push buyers to Telegram, we never do. Everything stays here.'],
  ['很多工厂让客户加微信，我们从来不加', '很多工厂会让客户加微信，我们这边从来不加，有事这里说就行'],
  ['其他卖家会问 Line，我们不问', '其他卖家会问您要 Line，我们就不问了'],
  ['mixed: 别家 vendor 都要 Skype，we don\'t', '别家 vendor 都要你的 Skype 对吧？we don\'t, 这里聊就好'],
  ['some sellers want your Viber, but we do not', 'Some sellers want your Viber number. But we do not, the quote is the same here.'],
  ['Dropbox folder the rep cannot access', 'Thanks, the Dropbox folder, we can\'t access it from China, could you attach the drawings here?'],
  ['OneDrive 链接我们 download 不了', 'OneDrive 链接我们 download 不了，麻烦直接在聊天里上传'],
  ['WeTransfer link I couldn\'t open', 'WeTransfer link I couldn\'t open, please send the PDF in this chat'],
  ['Google Drive 链接我们 load 不了', 'Google Drive 的链接我们 load 不了，可以直接 attach 在这里吗？'],
];
const leaks: Array<[string, string]> = [
  ['a no about prices, then an app offered', 'Other suppliers charge more, we don\'t. Add my WhatsApp +86 138 1234 5678'],
  ['others\' ask declined, then our own app given', 'Other suppliers ask for your WhatsApp, we don\'t. Just add my WeChat lily_8888 instead'],
  ['别的工厂收定金我们不收，加微信', '别的工厂都收定金，我们不收，加我微信 abc_12345 聊'],
  ['files offered on a drive', 'I will send the catalog via Google Drive link, please check'],
  ['网盘发给您', '我们用百度网盘发给您，提取码 8866'],
  ['the company searched on Google', 'Google 一下我们公司名就能找到官网'],
];

describe('other sellers asking for an app set against our no, and a share link the rep cannot open, pass', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
