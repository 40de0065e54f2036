import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Two classes of CSV rows a rep pastes that were not read:
 *  - a sheet of a product's minimums without a price column ("title, moq_shown, moq_real", "标题, 展示起订量, 备注"): the MOQ
 *    shown and the real one (a second MOQ column its header calls actual, real or the factory's, or a note) are compared,
 *    as a form's are (the briefing's 虚报最小起订量);
 *  - a remark column headed in two languages ("Notes/说明", "remark 备注"): read as a note, which may state the real price,
 *    not as more words of the product's name.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an MOQ sheet without prices is read', () => {
  it('flags a shown MOQ of one beside a real column of two thousand (en)', () => {
    expect(kinds('product,moq_shown,moq_real,unit\nCustom printed tote bag,1,2000,piece')).toContain('moq');
  });

  it('flags a page MOQ of two beside the real MOQ column (zh)', () => {
    expect(kinds('产品名称,页面起订量,实际起订量,单位\n定制陶瓷马克杯,2,500,个')).toContain('moq');
  });

  it('flags a shown MOQ whose note says production starts far higher (mixed)', () => {
    expect(kinds('title,显示起订量,备注\nEmbroidered patch 刺绣徽章,1 个,实际800个起 因为要制版')).toContain('moq');
  });

  it('passes a sheet whose factory MOQ is the one shown (en)', () => {
    expect(kinds('product,moq,factory_moq,unit\nCotton canvas tote,100,100,piece')).toEqual([]);
  });

  it('passes a sheet whose note only says stock ships mixed (zh)', () => {
    expect(kinds('标题,起订量,说明\n不锈钢保温杯 500ml,2 个,现货 支持混色')).toEqual([]);
  });
});

describe('a remark column headed in two languages is a note', () => {
  it('flags a price far under the real one the bilingual note states (mixed)', () => {
    expect(kinds('item,price,moq,Notes/说明\nStainless steel thermos 750ml,0.60,2,实际价格 $7.20 请询价')).toContain('price_range');
  });

  it('passes a bilingual note that only gives the lead time (en)', () => {
    expect(kinds('item,price,moq,remark 备注\nStainless steel thermos 750ml,6.80,50,lead time 15 days')).toEqual([]);
  });
});
