import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep's own words with no field lines ("我们挂 $9.9 一台", "we list them at $2.60 each") state the price the listing
 * shows: it meets the market as a pasted page's headline would. Only the market comparison reads it; the message's other
 * relations are the prose findings'. A price that fits the market passes, and a message with no product the reference
 * table knows is not compared.
 */
const checker = createListingChecker();
const check = (t: string) => checker.check(t);
const kinds = (t: string) => check(t).findings.map((f) => f.kind);

describe('the price a rep says the listing shows', () => {
  it('is flagged far under the market, in Chinese and English', () => {
    expect(kinds('折叠 GPS 无人机 4K 云台 避障 我们挂 $9.9 一台，起订 5 台')).toContain('price_range');
    expect(kinds("we're listing 10 oz gold bullion bars 999.9 fine at $85 each, MOQ 2")).toContain('price_range');
    expect(kinds('真丝 桑蚕丝 眼罩 我们挂的是0.5美金一个，主要冲量')).toContain('price_range');
  });

  it('passes at a market price, and a product the table does not know is not compared', () => {
    expect(kinds('折叠 GPS 无人机 4K 云台 避障 我们挂 $189 一台，起订 5 台')).toEqual([]);
    expect(kinds("we're listing 10 oz gold bullion bars 999.9 fine at $19,500 each, MOQ 2")).toEqual([]);
    const odd = check('我们的手工皂礼盒挂 $0.9 一个，起订 100 个');
    expect(odd.findings).toEqual([]);
  });
});
