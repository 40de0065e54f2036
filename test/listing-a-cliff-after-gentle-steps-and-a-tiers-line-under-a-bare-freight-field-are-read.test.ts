import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A later tier that falls hard (2-3x) where the steps before it barely fell is a bait tier, even below the single-step
 * limit; a custom-print ladder that falls hardest at its first step passes. A "Tiers:" line under a shipping field with
 * no amount (a CSV row's freight template) is the ladder, not the freight.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a cliff after gentle steps', () => {
  it('flags office chairs whose last tier falls 2.5x after 5-10% steps', () => {
    expect(kinds('Product: Oak Dining Chair Upholstered\n2-49 pcs US$52.00\n50-199 pcs US$49.00\n200-499 pcs US$45.00\n>=500 pcs US$18.00\nMOQ: 2 pcs')).toContain('price_ladder');
  });

  it('flags a 2x fall at the second step after a 5% first step', () => {
    expect(kinds('商品名称：办公打印纸 A4 70g\n阶梯价：\n  500-4,999 包　US$2.60\n  5,000-19,999 包　US$2.48\n  ≥20,000 包　US$1.20\n最小起订量：500 包')).toContain('price_ladder');
  });

  it('passes a printed-box ladder that falls hardest at its first step', () => {
    expect(kinds('Custom Printed Mailer Box with Logo\n100-499 pcs $1.30\n500-999 pcs $0.62\n1000-4999 pcs $0.48\n>=5000 pcs $0.36\nMOQ: 100 pcs')).toEqual([]);
  });
});

describe('a tiers line under a freight template', () => {
  it('reads the ladder of a CSV row whose freight cell names only a template', () => {
    const csv = 'item_id,name,unit,moq,ladder,freight_template\n88001,"Desk Lamp LED Touch Dimmer",Piece,1,"1-99:6.80|100-999:6.40|1000+:0.62",Air-EU';
    expect(kinds(csv)).toContain('price_ladder');
  });
});
