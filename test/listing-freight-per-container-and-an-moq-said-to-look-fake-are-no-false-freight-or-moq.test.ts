import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Freight quoted per container ("预估 $1,850/柜", "about $2,400 per 40HQ container") ships a container load: it is never
 * compared with one carton's or piece's price as if it shipped that alone, in a rep's sentence or on a page. Penny goods
 * are still judged, a container of them still worth next to nothing. And an MOQ someone says "looks fake" or "seems fake"
 * is how it looks, not the rep saying it is fake; an MOQ said to BE fake still is. Our own wordings (round 45).
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight per container', () => {
  it('is no inflated freight against one unit of the goods', () => {
    expect(kinds('瓷砖 $9.50/箱，运费显示预估 $2,600/柜，以船公司实际报价为准')).toEqual([]);
    expect(kinds('PVC floor tiles $3.20 per box, freight estimate about $2,400 per 40HQ container, final by the shipping line')).toEqual([]);
    expect(kinds('Ceramic Floor Tile 600x600 Polished\nUS$9.50 / Carton | 200 Cartons (Min. Order)\nShipping: estimated US$2,600 / 40HQ (final by the shipping line)')).toEqual([]);
  });

  it('still finds penny goods beside it', () => {
    expect(kinds('瓷砖 $0.02/箱，页面运费显示 $2,600/柜')).not.toEqual([]);
  });
});

describe('an MOQ said to look fake', () => {
  it('is no admission', () => {
    expect(kinds('cement listing $58/ton, MOQ 2000 tons. a buyer said the MOQ seems fake but it is one bulk vessel, that is how cement moves')).toEqual([]);
    expect(kinds("fertiliser page: $410/MT, MOQ 300 MT. someone wrote 'MOQ too big, looks fake' but that's a normal bulk lot")).toEqual([]);
  });

  it('still reads an MOQ said to be fake', () => {
    expect(kinds('MOQ 1 pc is fake, we only ship 5000 pcs')).toContain('moq');
  });
});
