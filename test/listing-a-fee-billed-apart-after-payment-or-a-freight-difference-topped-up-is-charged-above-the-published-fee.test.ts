import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A note under the listing that bills a fee apart from the checkout, after the buyer pays or orders ("DHL US$26 per piece is
 * invoiced after you pay", "charged separately after payment", "a clearance fee ... paid to us after checkout", "付款后另收每件
 * 12 美金快递费"), or that works the freight out again after shipping and has the buyer pay the difference ("发货后重新称重，
 * 差价另外补付"): the freight charged is above the one published, whatever the note calls the fee. A fee shown before payment,
 * a surcharge the template already holds, or a difference refunded rather than billed says nothing false.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a fee billed apart after payment is charged above the published fee', () => {
  it('flags a courier fee per piece invoiced after payment beside a cheap published fee (page, en)', () => {
    const page = [
      'Stainless Steel Hair Clips Set 12 Pcs Fashion Barrettes',
      '$0.30 - $0.45 / Set | 5 Sets (Min. Order)',
      'Shipping: China Post $1.90 | Est. 18-30 days',
      '',
      'Product Description',
      'Note: post is slow so we ship by FedEx, US$26 per set will be invoiced after you pay.',
    ].join('\n');
    expect(kinds(page)).toContain('shipping');
  });

  it('flags a surcharge for every address charged separately after payment (backend, mixed)', () => {
    const form = [
      '商品标题：Portable Blender USB Rechargeable Juicer Cup 380ml',
      '价格区间：USD 4.20 - 5.10 / 个',
      '最小起订量：2 个',
      '运费模板：Standard USD 3.50/个（US/EU）',
      '详情描述：',
      'Handling surcharge: US$18 per order, charged separately after payment for all destinations.',
    ].join('\n');
    expect(kinds(form)).toContain('shipping');
  });

  it('flags a fee paid to the seller after checkout beside free shipping (page, en)', () => {
    const page = [
      'Bamboo Cutting Board Set 3 Pieces With Juice Groove',
      '$5.20 - $6.40 / Set | 4 Sets (Min. Order)',
      'Shipping: Free shipping to Canada | Est. 15-25 days',
      'Please note: an import clearance fee of US$25 per order is paid to us after checkout.',
    ].join('\n');
    expect(kinds(page)).toContain('shipping');
  });

  it('flags freight said in dollars slang to be collected later beside free shipping (zh)', () => {
    const text = [
      '页面是包邮的，但我们付款后另收快递费，每件12刀，这样行吗？',
      '',
      '商品标题：蓝牙音箱 便携 户外 防水 小音响',
      '价格区间：USD 6.80 - 8.20 / 个',
      '最小起订量：2 个',
      '运费模板：包邮（美国）',
    ].join('\n');
    expect(kinds(text)).toContain('shipping');
  });

  it('flags express freight charged on every unit of penny goods, with no fee published', () => {
    const page = [
      'Silicone Phone Ring Holder Finger Grip Kickstand',
      '$0.25 - $0.40 / Piece | 1 Piece (Min. Order)',
      'Shipping: calculated at checkout',
      'Remark: each piece will be charged US$38 express freight.',
    ].join('\n');
    expect(kinds(page)).toContain('shipping');
  });

  it('flags freight re-weighed after shipping with the difference billed to the buyer (zh backend, en page)', () => {
    const form = [
      '商品标题：儿童 滑板车 三轮 闪光轮 可折叠',
      '价格区间：USD 9.50 - 11.00 / 台',
      '最小起订量：2 台',
      '运费模板：USD 8/台（美国、加拿大）',
      '详情描述：',
      '运费备注：出库后按体积重重新核算，差价由买家补付。',
    ].join('\n');
    expect(kinds(form)).toContain('shipping');
    const page = [
      'Memory Foam Pillow Cervical Contour Bed Pillow',
      '$6.50 - $7.80 / Piece | 10 Pieces (Min. Order)',
      'Shipping: $4.00 / piece via Seller\'s shipping method',
      'Freight note: parcels are re-weighed at our warehouse and you pay the shipping difference after dispatch.',
    ].join('\n');
    expect(kinds(page)).toContain('shipping');
  });

  it('passes a surcharge the page shows before payment, a difference refunded, or a fee said not to be added', () => {
    expect(
      kinds(['商品标题：儿童 滑板车 三轮 闪光轮 可折叠', '价格区间：USD 9.50 - 11.00 / 台', '最小起订量：2 台', '运费模板：USD 8/台（美国、加拿大）', '详情描述：', '运费备注：如实际运费低于模板，差价退还买家，不补收。'].join('\n')),
    ).toEqual([]);
    expect(
      kinds(['Bamboo Cutting Board Set 3 Pieces With Juice Groove', '$5.20 - $6.40 / Set | 4 Sets (Min. Order)', 'Shipping: $6.50 via Seller\'s shipping method | Est. 15-25 days', 'Remote areas: +US$8 per order, shown in the template at checkout; nothing is added after payment.'].join('\n')),
    ).toEqual([]);
    expect(
      kinds(['商品标题：蓝牙音箱 便携 户外 防水 小音响', '价格区间：USD 6.80 - 8.20 / 个', '最小起订量：2 个', '运费模板：美国 USD 5/件；偏远地区 USD 12/件', '详情描述：偏远地区运费已在结算页显示，付款后不会另收任何费用。'].join('\n')),
    ).toEqual([]);
    expect(
      kinds(['Stainless Steel Hair Clips Set 12 Pcs Fashion Barrettes', '$0.30 - $0.45 / Set | 5 Sets (Min. Order)', 'Shipping: ePacket $3.10 | Est. 12-20 days', 'Buyer pays import duties to customs on delivery, as set by their country.'].join('\n')),
    ).toEqual([]);
  });
});
