import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Whatever a rep pastes, the listing check gives a verdict: it never throws. Seeded random listings in both layouts
 * mix SKU names (give-aways, fees, parts, products), prices from a cent to a thousand dollars, reversed headline
 * ranges, tiers and shipping lines. A cheap SKU and a dear one with nothing between used to leave no SKU to measure
 * the fix against and threw.
 */
const checker = createListingChecker();
let seed = 20261130;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
const NAMES = ['Thank you card', 'Shipping fee', 'Red', 'Blue', 'Gift bag', 'Express shipping', 'Lid only', 'Sample', '说明书', '整机', '运费补差', '赠品', 'Postage', 'Set A', 'Battery', 'Full kit', '仅表带'];
const PRICES = [0, 0.01, 0.05, 0.5, 4.92, 12, 48, 128, 999, 3948];
const TITLES = ['Electric Kettle 1.7L', 'Bread Proofing Basket', 'Phone Case', 'Helmet', '不锈钢保温杯', '真人发接发'];

function enPage(): string {
  const skus = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => `${pick(NAMES)}\t$${pick(PRICES)}`);
  const tiers = rnd() < 0.5 ? `${pick([1, 2, 100])} - ${pick([99, 999])} Pieces\n$${pick(PRICES)}\n>= ${pick([100, 1000])} Pieces\n$${pick(PRICES)}\n` : '';
  return `${pick(TITLES)}\n$${pick(PRICES)} - $${pick(PRICES)} / Piece\n${tiers}Min. Order: ${pick([0, 1, 2, 100])} Pieces\nColor:\n${skus.join('\n')}\n${rnd() < 0.5 ? `Shipping: $${pick(PRICES)}` : ''}`;
}
function zhBackend(): string {
  const skus = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => `${pick(NAMES)}：${pick(PRICES)}元`);
  return `商品名称：${pick(TITLES)}\n阶梯价：${pick([1, 100])}-${pick([99, 999])}件 US $${pick(PRICES)}；≥${pick([100, 1000])}件 US $${pick(PRICES)}\n最小起订量：${pick([0, 1, 500])} 件\nSKU 规格与价格：${skus.join('；')}\n运费：$${pick(PRICES)}`;
}

describe('the listing check on odd listings', () => {
  it('gives a verdict on every one of 4,000 seeded random listings in both layouts, never an exception', () => {
    const failures: string[] = [];
    for (let i = 0; i < 4000; i++) {
      const text = i % 2 ? enPage() : zhBackend();
      try {
        const r = checker.check(text);
        if (r.verdict !== 'risk' && r.verdict !== 'ok') failures.push(`${JSON.stringify(text)}: verdict ${String(r.verdict)}`);
      } catch (err) {
        failures.push(`${JSON.stringify(text)}: ${(err as Error).message}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
