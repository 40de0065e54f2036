import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A premium specification named in the title raises the market floor of its generic category (reference-prices.yaml,
 * developer estimates): a 5G handset, a cellular 5G router (CPE, MiFi) and a laptop with a Core i7/i9 or 16 GB of memory
 * priced at a fraction of what any such unit sells for are false prices. "5G" as the Wi-Fi band of a plain dual-band
 * router is no cellular modem, and accessories for such goods keep their own prices.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('market floors that follow a premium spec', () => {
  it('flags 5G phones at a fraction of the market in English and Chinese', () => {
    expect(kinds('Original Unlocked 5G Smartphone 6.7 inch 12GB+512GB Android 13\n\n$19.90 - $26.00 / Piece | 1 Piece/Pieces (Min. Order)')).toContain('price_range');
    expect(kinds('New 5G Mobile Phone 8GB 256GB Dual SIM Face ID\n$22.00 / Piece | 2 Pieces (Min. Order)')).toContain('price_range');
    expect(kinds('商品名称：5G智能手机 6.8寸 大屏 双卡双待\n价格：US$18.50 /台\n最小起订量：5 台')).toContain('price_range');
  });

  it('flags cellular 5G routers and high-spec laptops', () => {
    expect(kinds('商品名称：工业级5G CPE路由器 双频WiFi6 插卡 SA/NSA 全网通\n价格区间：US $6.80 - 9.90 /台\n最小起订量：5 台')).toContain('price_range');
    expect(kinds('Portable 5G MiFi Pocket WiFi Hotspot with SIM Slot\nPrice: $8.50 / Piece\nMOQ: 10 Pieces')).toContain('price_range');
    expect(kinds('Brand New Laptop 15.6 Inch Intel Core i7 16GB RAM 512GB SSD Windows 11\n\n$32.00 - $48.00 / Piece | 1 Piece/Pieces (Min. Order)')).toContain('price_range');
    expect(kinds('商品名称：14寸 轻薄笔记本电脑 i7 16G 512G 办公\n价格：US$39.00 /台\n最小起订量：1 台')).toContain('price_range');
  });

  it('passes real prices, a 5 GHz dual-band router and accessories', () => {
    expect(kinds('New 5G Mobile Phone 8GB 256GB Dual SIM\n$115.00 - $128.00 / Piece | 2 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：工业级5G CPE路由器 插卡 SA/NSA 全网通\n价格：US$ 96.00 /台\n最小起订量：2 台')).toEqual([]);
    expect(kinds('Dual Band WiFi Router 2.4G 5G 1200Mbps 4 Antennas\nPrice: $8.50 / Piece\nMOQ: 10 Pieces')).toEqual([]);
    expect(kinds('Refurbished Laptop 14 Inch Core i7 16GB 256GB SSD\nPrice: $185.00 / Piece\nMOQ: 1 Piece')).toEqual([]);
    expect(kinds('Laptop Sleeve Bag for 15.6 inch Core i7 Notebook\nPrice: $2.10 / Piece\nMOQ: 50 Pieces')).toEqual([]);
  });
});
