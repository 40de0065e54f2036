import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const ask = (q: string) => faq.askLocal(q);

describe('asks the briefing never answers are declined, however near a rule line is', () => {
  it('how much makes a vague term the briefing uses ("显著", "相差甚远", "情节严重") has no figure', () => {
    expect(ask('运费要比正常高出几倍才叫“显著高于一般水平”？').declined).toBe(true);
    expect(ask('同一个产品价格偏离多少才算相差甚远？').declined).toBe(true);
    expect(ask('拉线下要被抓几次才算情节严重？').declined).toBe(true);
    expect(ask('how far above the usual level can shipping be before it counts as "significantly" higher?').declined).toBe(true);
  });

  it('a count that makes a task done is still answered', () => {
    expect(ask('橱窗要用满几个才算完成新手任务').declined).toBe(false);
  });

  it('publishing a delisted product again is relisting, in either language', () => {
    expect(ask('0分下架的产品改完之后能重新发布吗？要等几天？').declined).toBe(true);
    expect(ask('how soon can we republish a listing that was delisted with zero points?').declined).toBe(true);
  });

  it('a penalty named before "lasts how long" is a penalty duration', () => {
    expect(ask('the shop block for repeated fake MOQ lasts how long?').declined).toBe(true);
  });

  it('how much ranking weight a tag adds is a figure the briefing never gives', () => {
    expect(ask('有了可持续发展工厂标签，搜索权重能加多少？').declined).toBe(true);
  });

  it('a link asked for as "是啥" is an identifier the topic does not give', () => {
    expect(ask('绿色工厂报名的网址是啥？').declined).toBe(true);
  });

  it('where a page sits in the backend is declined unless the topic gives a path', () => {
    expect(ask('待整改产品在后台哪个菜单里能看到？').declined).toBe(true);
    expect(ask('which menu in My Alibaba shows the product diagnosis center?').declined).toBe(true);
    expect(ask('SNS账号管理在哪个菜单下面？').declined).toBe(false);
  });

  it('changing a bound account is a procedure the briefing never states', () => {
    expect(ask('Pay绑定的提现账户以后想换绑怎么操作？').declined).toBe(true);
    expect(ask('can I switch the bound withdrawal account to another bank card?').declined).toBe(true);
  });

  it('whether something comes automatically is stated only where a line says what happens by itself', () => {
    expect(ask('评上省级绿色工厂以后会自动拿到平台的标签吗？').declined).toBe(true);
    expect(ask('Is the green factory label granted automatically once we pass the national review?').declined).toBe(true);
    expect(ask('Does the new-arrivals share template pick products automatically?').declined).toBe(false);
  });

  it('a later edition named with the thing between ("the fourth FollowMe topic period") is one the briefing never covers', () => {
    expect(ask('When does the fourth FollowMe topic period open?').declined).toBe(true);
    expect(ask('what topics are in the fifth FollowMe submission round?').declined).toBe(true);
    expect(ask('When does the third FollowMe topic period open?').declined).toBe(false);
  });
});

describe('a penalty on someone other than the merchant is not stated', () => {
  it('whether the buyer or a complainant is penalised is declined in either language', () => {
    expect(ask('买家一直要求加WhatsApp的话，买家也会被处罚吗？').declined).toBe(true);
    expect(ask('竞争对手乱投诉我们虚假价格，平台会怎么处罚投诉人？').declined).toBe(true);
    expect(ask('if a buyer insists on moving to WeChat, is the buyer punished as well?').declined).toBe(true);
  });

  it('the merchant\'s own penalty is still answered', () => {
    expect(ask('商家引导买家去WhatsApp沟通第二次会怎么处罚？').declined).toBe(false);
    // the buyer as the one acted on: the merchant's act is what is penalised
    expect(ask('私下联系买家加微信会被处罚吗？').declined).toBe(false);
    expect(ask('Is pulling buyers onto WhatsApp punished the first time?').declined).toBe(false);
  });
});

describe('what also follows from a penalty must be held by the line that answers', () => {
  it('a further consequence no line names is declined, one the line names is answered', () => {
    expect(ask('信保资格被关90天，星等级也会跟着降吗？').declined).toBe(true);
    expect(ask('Does a closed Trade Assurance eligibility also affect our Pay account?').declined).toBe(true);
    expect(ask('Does the off-platform rule also cover chat signatures, inquiry emails, RFQ and on-site messages?').declined).toBe(false);
  });
});

describe('a merchant named between the buyer and the penalty is the one penalised', () => {
  it('is answered from the merchant\'s rule', () => {
    expect(ask('买家要用信保下单，我们拒绝了会被处罚吗？').declined).toBe(false);
  });
});

describe('an institution asked by its name is answered only by a line naming one', () => {
  it('a line that only says "a partner institution" names none', () => {
    expect(ask('外管批复的国内合作机构叫什么').declined).toBe(true);
    expect(ask('What is the name of the domestic partner institution that got the SAFE approval?').declined).toBe(true);
  });

  it('a line naming the banks answers', () => {
    expect(ask('Pay合作的银行叫什么').declined).toBe(false);
    expect(ask("What's the name of the partner bank for the Pay global account?").declined).toBe(false);
  });
});

describe('an inspection in person is stated nowhere', () => {
  it('is declined in either language', () => {
    expect(ask('绿色工厂评价需要专家现场审核吗？').declined).toBe(true);
    expect(ask('评可持续发展工厂会有人上门验厂吗').declined).toBe(true);
    expect(ask('Will someone come for an on-site inspection before we get the green factory tag?').declined).toBe(true);
  });
});
