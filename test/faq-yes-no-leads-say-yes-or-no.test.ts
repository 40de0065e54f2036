import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a yes/no or eligibility answer leads with a word that says yes or no', () => {
  it('"有没有" is answered "是的，有", not a bare "有"', () => {
    expect(lead('新手任务里有没有开通信保这一项')).toMatch(/^是的，有/);
  });

  it('a fee question is answered "no" by a zero-fee line even when it is not the first line quoted', () => {
    expect(lead('开全球收款账户需要交开户费吗')).toMatch(/^不需要/);
  });

  it('"do they differ" is answered "no" by a line that treats both alike', () => {
    expect(lead('金品和出口通的橱窗任务要求有区别吗')).toMatch(/^(没有|不是)/);
    expect(lead('Is the showcase task different for Gold Supplier and 出口通 members?')).toMatch(/^No\b/);
  });

  it('"may we before the condition is met" is answered "no" by a line that makes it wait for the condition', () => {
    expect(lead('新手任务还没做完，能先开启星等级评定吗')).toMatch(/^不能/);
  });

  it('a city outside the listed regions is "no" and names its province, whatever verb the question uses', () => {
    expect(lead('合肥的金品商家符合直播带岗的地区要求吗')).toMatch(/^不可以，不能参加。合肥属于安徽/);
    expect(lead('南宁的金品能报直播带岗吗')).toMatch(/^不可以/);
    expect(lead('武汉的金品商家，地区符合吗')).toMatch(/^可以，能参加。武汉属于湖北/);
  });

  it('a named standard is checked against the category asked, not against every standard listing it', () => {
    expect(lead('塑料制品的标准适用于消费电子吗')).toMatch(/^不是，《塑料制品/);
    expect(lead('锂离子电池的标准适用于消费电子吗')).toMatch(/^是的/);
  });

  it('"is there a standard for us / which applies" leads with yes and names it', () => {
    expect(lead('做化妆品的（美妆与个护）有对应的绿色工厂标准吗')).toMatch(/^是的，有。.*日化/);
    expect(lead('We sell home textiles; which green factory standard applies to us?')).toMatch(/^Yes: .*Textiles/);
  });

  it('a violator-list lookup leads with yes and the count', () => {
    expect(lead('4月的违规名单里有广州的公司吗')).toMatch(/^是的，有：名单上广州/);
  });

  it('"受不受影响" asks whether the rule applies: before the start date no, after it yes', () => {
    expect(lead('4月份开通CGS服务的老商家，受不受星等级新规影响？')).toMatch(/^不/);
    expect(lead('5月3日开通的CGS新商家受不受星等级新规影响')).toMatch(/^是的/);
  });

  it('"吗？" followed by a remark still asks yes or no', () => {
    expect(lead('签名里放WhatsApp号码算违规吗？我们只是方便客户')).toMatch(/^是的，算违规/);
  });

  it('a length the asker states is compared with a length the line sets ("断约1年以上再签约视同新签")', () => {
    expect(lead('Our contract lapsed for about 6 months and we re-signed in May 2022. Are we treated as a new signing?')).toMatch(/^No\b/);
    expect(lead('我们断约两年后今年5月重新签约，算新签吗')).toMatch(/^是的/);
  });
});
