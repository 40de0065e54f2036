import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A file-sharing link the buyer sent that does not open, load or work here (blocked, expired, 打不开, 失效), with the
// files asked for in this chat: the service is what fails, not a route the rep proposes. A new link offered on the
// same or another service, or files said to work there, still leak.
const passes: Array<[string, string]> = [
  ['Drive folder does not load', 'Sorry, your Google Drive folder doesn\'t load from our office. Please attach the PDFs right here in the chat.'],
  ['WeTransfer link expired', 'The WeTransfer link you sent has expired — could you attach the drawings in this chat instead?'],
  ['OneDrive blocked on the network', 'OneDrive links are blocked on our company network, so please upload the artwork here, up to 100MB each.'],
  ['网盘链接打不开', '您发的网盘链接打不开，麻烦直接在这里发给我们吧。'],
  ['百度网盘在国外打不开', '百度网盘在国外打不开，您直接在聊天框里发就好。'],
  ['Dropbox 链接失效', 'Dropbox 链接失效了，麻烦您在对话框里重新上传一下图纸。'],
  ['send here; a list of services that do not work', 'Please send the logo file here; Google Drive and WeTransfer don\'t work in China.'],
  ['发这里，网盘和WeTransfer打不开', '请把logo文件直接发这里，网盘和WeTransfer在国内都打不开。'],
];
const leaks: Array<[string, string]> = [
  ['fails, then another service offered', 'Your Google Drive link doesn\'t open here, I\'ll send our catalogue through Dropbox instead.'],
  ['expired, a new link to the email', 'The WeTransfer link expired, I\'ll send a new WeTransfer link to your email.'],
  ['打不开的话再用网盘发', '网盘链接打不开的话，我再用百度网盘发您一次'],
  ['said to work there', 'Dropbox links work fine for us, send the files there.'],
  ['one service offered, another said not to work', 'Send it via Google Drive, WeTransfer doesn\'t work in China.'],
];

describe('a file-share link said not to open, with the files asked here, passes', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
