import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

// What the question asks is checked against what the nearest lines state: a list of what is supported now says nothing
// of what comes later; a month or edition the question names must be the one a line dates. Look-alikes: the present-tense
// membership no, and the briefing's own month, stay answered.
const { declined, answered } = faqAsserts();

describe('a later plan, another month or another edition is declined where unstated', () => {
  it('declines whether a platform the list leaves out will be supported later', () => {
    declined('Is Pinterest going to be supported by SNS sharing later on?');
    declined('Will SNS smart sharing ever support YouTube?');
    declined('SNS分享今后会不会支持推特？');
  });

  it('still answers the present-tense membership from the list', () => {
    expect(answered('Does SNS sharing support Pinterest?')).toMatch(/^No\b/);
  });

  it('declines a month the briefing does not date the thing to, a year written after it too', () => {
    declined('How many sellers are on the May penalty list?');
    declined('What did the star level rules change in February 2022?');
  });

  it('still answers the briefing\'s own month', () => {
    answered('How many merchants were on the April violation list?');
  });

  it('declines how a rating is scored where the topic states no dimensions or basis', () => {
    declined('How is the star level scored?');
    declined('星等级是怎么评的？');
    declined('星级评定看哪些指标？');
  });

  it('still answers the scoring a table or a dimension list states', () => {
    expect(answered('What are the ranking criteria for the FollowMe conversion board?')).toMatch(/转化|conversion/i);
    expect(answered('FollowMe飙升榜怎么评的？')).toMatch(/评选依据/);
    answered('绿色工厂按哪些维度评价？');
  });

  it('declines who issues or grants a certificate where no line says', () => {
    declined('Which agency actually issues the sustainable (green) factory certificate to us?');
    declined('绿色工厂证书是哪个机构颁发的？');
  });

  it('still names the institution a line states for what it does', () => {
    expect(answered('哪个机构跟阿里一起制定1+N标准？')).toMatch(/中国标准化研究院/);
    expect(answered('Which bank provides the global collection account?')).toMatch(/Morgan|Citi/);
  });

  it('declines the penalty for a kind of violation the briefing never covers, in either language', () => {
    declined('盗用别人的产品图片会怎么处罚？');
    declined('Is selling replica handbags punished under these rules?');
    declined('What happens if I post duplicate listings?');
    declined('刷单会被扣几分？');
  });

  it('still answers the penalties of the violations it covers', () => {
    expect(answered('虚报价格会怎么处罚？')).toMatch(/0分下架/);
    answered('What is the penalty for steering a buyer to WhatsApp a second time?');
  });

  it('reads "what is the X price" and "收费怎么算" as a price ask, declined where no line prices X', () => {
    declined("What's the Gold Supplier package price for next year?");
    declined('What is the CGS service fee for a renewal?');
  });

  it('still prices what a line prices, and leaves a false price to the rules', () => {
    expect(answered("What's the overseas payment fee?")).toMatch(/0\.125%/);
    expect(answered('对公提现怎么收费？')).toMatch(/0\.125%/);
    answered('What is a false price under the rules?');
  });

  it('declines whether a named item comes later unless a line announcing a plan names it', () => {
    declined('Will the SNS tool add WhatsApp sharing in a later release?');
    declined('以后SNS能分享到Instagram吗？');
  });

  it('reads 以后 after a verb as "after doing it", not a plan, and a when-clause as no plan', () => {
    answered('报名直播带岗以后还要加智联服务小二的微信吗？');
    expect(answered('Will I receive NZD when the buyer pays?')).toMatch(/^No\b/);
  });

  it('declines who holds a role the briefing never names, and keeps the presenters', () => {
    declined('Who is the account manager for the Pay product?');
    declined('我们的客户经理是谁？');
    expect(answered('Who presented the Pay session?')).toMatch(/殷钦|Yin Qin/);
  });

  it('declines misleading titles or descriptions as a violation kind it does not cover', () => {
    declined("What's the penalty for misleading product titles?");
    declined('标题夸大宣传会被怎么处罚？');
    expect(answered('Is a false price a violation?')).toMatch(/^Yes/);
  });

  it('declines how to buy a service the briefing only names, and the fee to join a membership', () => {
    declined('How do I buy the VR showroom?');
    declined('VR实景展厅怎么购买？');
    declined('How much does it cost to join Gold Supplier 3.0?');
    declined('加入金品诚企要多少钱？');
  });

  it('still tells how to sign up or order where a line says', () => {
    answered('How do I sign up for the live recruiting?');
    answered('How can I order the RoHS test?');
  });

  it('declines the next briefing and penalties on buyers, and keeps the stated topic call', () => {
    declined('When is the next merchant briefing?');
    declined('What are the penalties for buyers who abuse complaints?');
    declined("What's the punishment for hijacking another seller's listing?");
    expect(answered('When is the next FollowMe topic call?')).toMatch(/30 April|4月30日/);
  });

  it('declines who issues a certificate though a line says who evaluates, in either language', () => {
    declined('绿色工厂证书谁发？');
    declined('Who signs the green factory certificates?');
  });

  it('reads 下一次 before an event as a period, and 下次 of the asker\'s own offence as no period', () => {
    declined('下一次商家发布会是什么时候？');
    expect(answered('下次再违规会怎么处罚？')).toMatch(/扣3分/);
  });
});
