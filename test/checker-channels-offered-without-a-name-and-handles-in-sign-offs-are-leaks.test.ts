import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });
const leaks = (t: string) => checker.checkLocal(t).leak;

// Classes from a second set of hard leaks written blind in the fourteenth session (drafts-t2). The examples are written
// for the test; each leak stands beside a legitimate draft of the same shape.
describe('a channel offered or asked for without its name', () => {
  it('blocks material offered "somewhere else", and passes goods shipped elsewhere', () => {
    expect(leaks('The studio photos are on the listing. For real warehouse videos I can send them somewhere else, the file limit here is small.')).toBe(true);
    expect(leaks('样品实拍视频这里传不了，我在别的地方发您，您看哪里方便？')).toBe(true);
    expect(leaks("No problem, I'll find you elsewhere later and we settle the deposit then.")).toBe(true);
    expect(leaks('If Rotterdam is congested we can ship the goods somewhere else in Europe, Antwerp for example.')).toBe(false);
  });

  it('blocks another way, an old way or a faster channel, in either language', () => {
    expect(leaks('亲，平台消息总延迟，要不我们换个方式联系？')).toBe(true);
    expect(leaks('合同还是老规矩，我用老方式发您。')).toBe(true);
    expect(leaks('MOQ 是 500 件。您着急的话我们有更快的沟通渠道，需要的话我发给您。')).toBe(true);
    expect(leaks('Sample fee is USD 40. By the way, do you have another way we can chat? Messages here arrive late.')).toBe(true);
    expect(leaks('For the fastest reply, use the video call in the Alibaba app.')).toBe(false);
  });

  it('blocks the talk taken private or off the platform', () => {
    expect(leaks("If you don't mind we could continue somewhere more private; some prices I'd rather not type here.")).toBe(true);
    expect(leaks('We are the factory. Could we work directly, not through Alibaba? My boss prefers it for big projects.')).toBe(true);
    expect(leaks('Please reply me privately, not here.')).toBe(true);
    expect(leaks('Could we talk directly with your engineer? Please invite him to this chat.')).toBe(false);
  });

  it('blocks asking which app or number suits the buyer, or their preferred app', () => {
    expect(leaks('For the mould details a voice call is easier than typing. Which number or app is best for you?')).toBe(true);
    expect(leaks('Auto-reply: we answer within 24h here. For faster help, send us your preferred messaging app and ID.')).toBe(true);
    expect(leaks('Thanks! Which app do you use to control the lights, Tuya or Smart Life? Both work with this bulb.')).toBe(false);
  });

  it("blocks the rep's customer group offered, and a backup contact asked for", () => {
    expect(leaks('We run a private group for our wholesale buyers where new designs go up first. Want me to add you?')).toBe(true);
    expect(leaks('我们有个老客户群，每周发库存清单。需要的话我拉您进去？')).toBe(true);
    expect(leaks('In case this account has problems, please leave me a backup contact.')).toBe(true);
  });

  it('blocks the rep store on another B2B site in Chinese', () => {
    expect(leaks('我们在敦煌网也有店，名字一样，您可以去那边找我们。')).toBe(true);
    expect(leaks('这款产品是中国制造，质量您放心。')).toBe(false);
  });
});

describe('asks that name the buyer in Chinese or name two contacts', () => {
  it('blocks "can you give 你的 number" and a colleague phone or email', () => {
    expect(leaks('我们老板 wants to call you, can you give 你的 number?')).toBe(true);
    expect(leaks('Could you give me the direct phone or email of your sales manager? I want to send our catalogue.')).toBe(true);
  });

  it('blocks a contact asked with the order word denied ("no order needed")', () => {
    expect(leaks('Join our VIP club: leave your phone and email so we can register you. No order needed.')).toBe(true);
    expect(leaks('For the DHL waybill of your order, please leave the receiver phone number.')).toBe(false);
  });
});

describe('handles in sign-offs', () => {
  it('blocks an @handle beside an app name or its short form', () => {
    expect(leaks('Photos of the frame are uploaded.\nrgds\nMia @mia_furniture88 (tg)')).toBe(true);
    expect(leaks('价格的事咱们上飞机聊，@kaida_trade。')).toBe(true);
    expect(leaks('Best regards,\nTom Li, Sales (skype: tom.li.valves)')).toBe(true);
    expect(leaks('The price is $3.20 @ 1000 pcs, WhatsApp-logo cushions included.')).toBe(false);
  });

  it('blocks a QR code put before the scan that adds the rep', () => {
    expect(leaks('看一下我发的那张图，是个二维码，扫一下就能看到全部款式，还能直接加我。')).toBe(true);
  });
});
