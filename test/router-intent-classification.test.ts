import { describe, expect, it } from 'vitest';
import { classify } from '../src/core/intent.js';
import { createJobClassifier } from '../src/routing/index.js';

const jobs = createJobClassifier();

const plain = (text: string, flags = false) => classify(text, { isReminderCommand: false, verdict: () => (flags ? 'block' : 'pass'), jobs });

describe('which job a message is for', () => {
  it('explicit commands win, in both languages', () => {
    expect(plain('check Hello, add my WeChat')).toMatchObject({ job: 'check', text: 'Hello, add my WeChat', explicit: true });
    expect(plain('检查：加我微信')).toMatchObject({ job: 'check', explicit: true });
    expect(plain('ask how long is rectification?')).toMatchObject({ job: 'ask', explicit: true });
    expect(plain('help').job).toBe('help');
    expect(plain('帮助').job).toBe('help');
    expect(plain('source pay-withdrawal')).toEqual({ job: 'source', ref: 'pay-withdrawal' });
  });

  it('empty and whitespace-only messages are their own case', () => {
    expect(plain('').job).toBe('empty');
    expect(plain('  \n\t ').job).toBe('empty');
  });

  it('policy questions go to the FAQ', () => {
    expect(plain('Is asking for the buyer\'s email allowed?').job).toBe('ask');
    expect(plain('法人提现手续费是多少？').job).toBe('ask');
    expect(plain('my product was taken down with 0 points, what now?').job).toBe('ask');
    expect(plain('待整改产品多久内要整改').job).toBe('ask');
    expect(plain('Can I give my WeChat to a buyer who asks for it?', true).job).toBe('ask');
    expect(plain('可以把我的微信给买家吗？', true).job).toBe('ask');
  });

  it('drafts addressed to a buyer go to the checker, even when phrased as a question', () => {
    expect(plain('Hello, please add my wechat for more details').job).toBe('check');
    expect(plain('Do you have whatsapp number ? It is easy for us to contact you now', true).job).toBe('check');
    expect(plain('Hi Anna, thank you for your inquiry. Regards, Bob').job).toBe('check');
    expect(plain('Dear customer, can you add my WhatsApp?', true).job).toBe('check');
  });

  it('a reminder command goes to reminders', () => {
    expect(classify('tasks', { isReminderCommand: true, verdict: () => 'pass', jobs }).job).toBe('reminder');
  });

  it('a forced check (message shortcut) is always a check', () => {
    expect(classify('what is the fee?', { forceCheck: true, isReminderCommand: false, verdict: () => 'pass', jobs }).job).toBe('check');
  });

  it('a question that quotes a draft is a question about that draft, the quote kept for the checker', () => {
    const q = plain('Our auto-reply says "I am offline, add my WeChat abc123 for a reply". Is that allowed?');
    expect(q).toMatchObject({ job: 'ask', quoted: { text: 'I am offline, add my WeChat abc123 for a reply' } });
    const zh = plain('这句能发吗：“亲，方便加个微信吗？我发您实拍图”');
    expect(zh).toMatchObject({ job: 'ask', quoted: { text: '亲，方便加个微信吗？我发您实拍图' } });
    // English single quotes hold the whole draft, apostrophes inside it included.
    const single = plain("Our auto-reply says 'add me on WeChat when I'm offline'. Is that off-platform?");
    expect(single).toMatchObject({ job: 'ask', quoted: { text: "add me on WeChat when I'm offline" } });
    // A draft that quotes the buyer is still a draft.
    expect(plain('You wrote "my email is amy@shop.com" - no need, I have attached the catalogue here in this chat.').job).toBe('check');
  });

  it('a pasted listing and a reminder request get their own jobs', () => {
    expect(plain('Bread Proofing Basket Set\n$0.01 - $4.92/ Piece | 2 Piece/Pieces(Min. Order)\nColor :\t\tThank you card\t$0.01\t-\t0\t+\nSamples: $50.00/Piece').job).toBe('listing');
    expect(plain('商品名称：不锈钢保温杯\n阶梯价：100-999件 US $2.10；≥1000件 US $1.80\n最小起订量：100 件\n运费：$35').job).toBe('listing');
    expect(plain('提醒我：P888 直播带岗 5月20日直播，要提前交素材').job).toBe('remind');
    expect(plain('remind me to fix product 1600123456, it was flagged yesterday').job).toBe('remind');
    expect(plain('check listing Kraft box $0.01').job).toBe('listing');
    expect(plain('Could you note the 14-day deadline for P123 flagged today?').job).toBe('remind');
    // opening by asking to be reminded is a reminder request, whatever the rest is about
    expect(plain('Need a reminder on June 2 to take the Skype ID off our email footer').job).toBe('remind');
    expect(plain('提醒我下周一把自动回复里的电话号码删掉').job).toBe('remind');
    // ... also after the time it is wanted
    expect(plain('明晚7点提醒我：自动回复里的Skype要删掉').job).toBe('remind');
    expect(plain('next Tuesday remind me to upload the newbie task video').job).toBe('remind');
    expect(plain('谢谢您提醒我们，发票已经在订单里更新了').job).toBe('check');
    // a listing's fields in words, without layout; the same facts said to a buyer stay a draft
    expect(plain('不锈钢餐具套装 单价：¥18-26\nMOQ：200套\n发货期：7天内').job).toBe('listing');
    expect(plain('您好，餐具套装价格3.2美元/套，起订量200套，您看可以吗？').job).toBe('check');
    // a listing squeezed onto one line: prices in a row, separated like fields, with an MOQ
    expect(plain('LED灯带 5米 起订10卷 ; 暖白 $2.10 ; 冷白 $2.10 ; 遥控器 $0.01').job).toBe('listing');
    expect(plain('Dear Ken, price for the mugs: 500 pcs $1.20; 1000 pcs $1.05; 3000 pcs $0.98. MOQ 500 pcs. Please confirm.').job).toBe('check');
    // a question about a date and a deadline kind asks about the rule; it does not ask to be reminded
    expect(plain('6月8日直播带岗，素材是提前5天交还是提前7天？').job).toBe('ask');
    expect(plain('我们是3月2号开的店，成长任务按新规算还是老规？').job).toBe('ask');
    // "check" names its object: a listing named after the verb goes to the listing check, anything else is a draft
    expect(plain("Check this listing pls:\nMen's Linen Shirt\n$5.90 / Piece | 30 Pieces (Min. Order)").job).toBe('listing');
    expect(plain('检查一下这个商品：\n商品名称：保温杯\n最小起订量：100 件').job).toBe('listing');
    expect(plain('check: Dear John, the listing price is $5.90 per piece').job).toBe('check');
    // Made of listing rows, whatever the product: a page's price/tier pairs, or the backend form's tabbed fields.
    expect(plain('Outdoor Folding Camping Chair Aluminium\n4.5 (20 reviews) · 900 sold\n\nUS$7.80\n50 - 199 pieces\nUS$7.20\n200 - 999 pieces\nUS$6.90\n>= 1,000 pieces\n\nVariations\nColor(2): Green').job).toBe('listing');
    expect(plain('产品名称*\tCeramic Coffee Mug 350ml\n计量单位*\t件 (Piece/Pieces)\n最小起订量*\t200\t件\n起订量（件）\tFOB价格（USD）\n≥200\t1.35\n≥1000\t1.20').job).toBe('listing');
  });

  it('a few words left around a quoted handle or shop name are no question about a draft', () => {
    // no question in the words around the quote: the whole message is the draft
    expect(plain('我的V：lucy_8899，加一下发你实拍视频', true)).toMatchObject({ job: 'check' });
    expect(plain('更多款式请到天猫搜“鑫达五金旗舰店”', true)).toMatchObject({ job: 'check' });
    // a short Chinese reply in quotes is still a quoted draft when the words around it ask about it
    expect(plain('客户要我电话，我只回了“在线聊吧”，这算违规吗？')).toMatchObject({ job: 'ask', quoted: { text: '在线聊吧' } });
  });

  it('one word after a guess re-runs it as the other job; "yes" confirms only when something waits', () => {
    expect(plain('ask')).toEqual({ job: 'reroute', to: 'ask' });
    expect(plain('检查')).toEqual({ job: 'reroute', to: 'check' });
    expect(classify('确认', { isReminderCommand: false, hasPending: true, verdict: () => 'pass', jobs })).toEqual({ job: 'confirm', command: null });
    expect(plain('确认').job).not.toBe('confirm');
    expect(plain('confirm track live-recruiting P888 2027-05-20')).toEqual({ job: 'confirm', command: 'track live-recruiting P888 2027-05-20' });
  });

  it('bad input still gets a job: 100 KB, binary junk, emoji only', () => {
    expect(['check', 'ask', 'listing', 'remind']).toContain(plain('样品价格可以商量。'.repeat(11_000)).job);
    expect(['check', 'ask', 'listing', 'remind']).toContain(plain(Buffer.from(Array.from({ length: 2_000 }, (_, i) => (i * 37) % 256)).toString('latin1')).job);
    // (emoji only is an acknowledgement, as a lone 👍 is: the short small-talk reply)
    expect(['check', 'ask', 'listing', 'remind', 'smalltalk']).toContain(plain('😀'.repeat(500)).job);
  });
});
