import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

const { declined, answered } = faqAsserts();

describe('what to do when a step fails is declined unless a line says what a failure means', () => {
  it('a failing withdrawal or linking step (en, zh)', () => {
    expect(declined('withdrawal to corporate account keeps failing, what should we do?')).toMatch(/what to do when that fails/);
    expect(declined('关联入账老是不成功，找谁处理？')).toMatch(/出错或失败时怎么处理/);
    declined('企业认证一直报错，怎么解决');
  });
  it('a failing LinkedIn binding is what the briefing explains (log out first)', () => {
    expect(answered('SNS账号绑定一直失败怎么办')).toMatch(/登出/);
  });
});

describe('a change in star level is answered only by a line stating a star figure', () => {
  it('how many stars a penalty costs (en, zh)', () => {
    expect(declined('if our store gets flagged for fake MOQ, will our star level go down? by how many stars?')).toMatch(/how many stars/);
    declined('拉线下被警告后星等级会降几星');
  });
  it('the star level SNS opens to is stated', () => {
    expect(answered('SNS灰度需要几星商家')).toMatch(/1星及以上/);
    expect(answered('which star level do merchants need for the SNS gray release?')).toMatch(/1 star/);
  });
});

describe('a count in a measure word no line counts (几档, 几款) and a cap the briefing never sets are not stated', () => {
  it('tiers and caps (zh, en)', () => {
    declined('阶梯价格最多可以设置几档');
    declined('how many price tiers can a ladder price have at most?');
    declined('提现一次最多能提多少');
  });
  it('how many currencies the account takes is stated', () => {
    expect(answered('全球收款账户能收几种币种')).toMatch(/8|八/);
  });
});

describe('extra traffic or exposure as a number is not stated', () => {
  it('(en, zh)', () => {
    declined('how much extra traffic do we get from the zhaopin live top placement?');
    declined('完成新手任务能多拿多少流量');
  });
});

describe('points asked of a violation the off-platform ladder does not count are not its points', () => {
  it('fake price, MOQ, SKU or shipping (zh, en)', () => {
    expect(declined('虚假运费第二次被抓扣几分')).toMatch(/具体分数/);
    declined('how many points are deducted for a fake SKU?');
    declined('虚假价格被判违规，店铺一次扣几分？');
  });
  it('the off-platform and Trade Assurance ladders still answer their own offences', () => {
    expect(answered('第三次引导买家加whatsapp扣几分')).toMatch(/扣3分/);
    expect(answered('If a seller with Trade Assurance refuses a buyer\'s request to use it, what\'s the penalty at 4+ times?')).toMatch(/90/);
  });
});

describe('proof the platform accepts and where a menu sits are declined where no line says', () => {
  it('proof (en, zh)', () => {
    expect(declined('what proof do we need to show our freight is real?')).toMatch(/documents/);
    declined('运费高需要提供什么证明');
  });
  it('a backend menu or click path (en, zh)', () => {
    expect(declined('what is the click path to apply for the green factory?')).toMatch(/backend/);
    declined('申请绿色工厂在后台哪个菜单');
  });
  it('the SNS binding entry is stated', () => {
    expect(answered('SNS账号管理的操作入口在哪')).toMatch(/媒体中心/);
  });
});
