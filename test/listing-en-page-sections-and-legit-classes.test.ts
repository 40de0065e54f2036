import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The newer English product page puts each field in a section of its own (an option picker, "Samples",
 * "Customization", "Shipping"); the rules must read each section for what it is. Each case is a class: a legitimate
 * listing that must pass, or a false one that must be named with its kind.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('option picker rows "name · price"', () => {
  it('reads them as SKUs, so a size-driven spread passes', () => {
    const text = 'US $1.10 - 36.00\nMin. order: 20 pcs\nRound Stainless Steel Mixing Bowl Set\n\nDiameter (4)  >\n16cm · US $1.10\n24cm · US $3.40\n32cm · US $9.60\n60cm · US $36.00\n';
    const p = checker.parse(text);
    expect(p.skus.map((s) => [s.name, s.price.value])).toEqual([
      ['16cm', 1.1],
      ['24cm', 3.4],
      ['32cm', 9.6],
      ['60cm', 36],
    ]);
    expect(kinds(text)).toEqual([]);
  });

  it('flags a give-away among them that sets the headline', () => {
    const text = 'US $0.02 - 12.50\nMin. order: 10 pcs\nLED Desk Lamp Dimmable\n\nColor (4)  >\nWhite · US $12.00\nBlack · US $12.50\nGift sticker · US $0.02\nSilver · US $12.00\n';
    expect(kinds(text)[0]).toBe('sku_filler');
  });
});

describe('Samples section with its price on a line of its own', () => {
  const page = (sample: string) =>
    `Ceramic Floor Tile 600x600\n\nUS$6.20\n500 - 1,999 square meters\nUS$5.90\n>= 2,000 square meters\nMin. order: 500 square meters\n\nSamples\nMaximum order quantity: 2 square meters\n${sample}\nOrder sample\n`;

  it('reads the sample price; a token sample under goods twenty times dearer is flagged as shipping', () => {
    expect(checker.parse(page('US$0.01')).sample?.price.value).toBe(0.01);
    expect(kinds(page('US$0.01'))).toContain('shipping');
  });

  it('passes a sample priced above the bulk price (samples cost more than bulk)', () => {
    expect(kinds(page('US$18.00'))).toEqual([]);
  });
});

describe('Customization section', () => {
  const page = (custom: string) =>
    `Kraft Paper Bag with Handle\n\nUS$0.08-0.11\nMin. order: 2,000 pieces\n\nCustomization\nCustomized logo\nMin. order: ${custom} pieces\nCustomized packaging\nMin. order: ${custom} pieces\n\nLead time\nQuantity (pieces)\t1 - 20,000\t> 20,000\nLead time (days)\t15\tTo be negotiated\n`;

  it('does not read a customisation MOQ above the product MOQ as a second product MOQ', () => {
    expect(checker.parse(page('20,000')).moqClaims).toEqual([]);
    expect(kinds(page('20,000'))).toEqual([]);
  });

  it('flags a customisation MOQ no buyer could order, also when written "(min. N)"', () => {
    expect(kinds(page('90,000,000'))).toContain('moq');
    expect(kinds('US $2.10 - 2.30\nMin. order: 100 m²\nVinyl Plank Flooring\nCustomization: Customized color (min. 9,000,000 m²)\n')).toContain('moq');
  });
});

describe('MOQ and unit stated in the description', () => {
  it('flags "price valid for orders of N+ only" against a shown MOQ of 1', () => {
    const text = 'US$3.20\n1 - 499 pieces\nUS$3.00\n>= 500 pieces\nMin. order: 1 piece\nSilicone Phone Stand\n\nProduct descriptions from the supplier\nThis price is only for orders of 8000+ pieces.';
    expect(kinds(text)).toContain('moq');
  });

  it('flags a price per part when the goods are sold by the box or the set', () => {
    const swabs = 'US$0.004\n100,000 - 499,999 pieces\nUS$0.0038\n>= 500,000 pieces\nWooden Toothpicks 500 per Box\n\nDetails\n500 toothpicks per box, sold by box. Price per toothpick.';
    expect(kinds(swabs)).toContain('price_unit');
    const beads = 'US $0.012\nMin. order: 20,000 pcs\nString Lights 10m 100 LED\n\nDetails\n1 set = 100 LEDs with plug; price listed per LED.';
    expect(kinds(beads)).toContain('price_unit');
  });

  it('passes packing information that states no price per part', () => {
    const text = 'US$0.35-0.42\nMin. order: 1,000 pieces\nPlastic Food Container 500ml\n\nDetails\n200 pieces per carton, carton size 50x40x30 cm.';
    expect(kinds(text)).toEqual([]);
  });
});

describe('free shipping', () => {
  it('reads "Seller covers freight" as unconditional free shipping and flags a fee charged anyway', () => {
    const text = 'Glass Jar 250ml\n\nUS$0.30\n500 - 1,999 pieces\nFree shipping on this item · Seller covers freight\n\nShipping\nShipping fee: US$120.00 for 500 pieces\nItem subtotal (500 pieces)\tUS$150.00\nShipping total\tUS$120.00\nSubtotal\tUS$270.00\n';
    expect(checker.parse(text).freeShipping).toBe(true);
    expect(kinds(text)).toContain('shipping');
  });
});

describe('singles sold beside a multi-pack', () => {
  it('compares the pack per piece, so the cheap single is not filler', () => {
    const text = 'Hair Ties Set, Packs and Singles\n\nUS$0.04-1.20\nMin. order: 100 pieces\n\nSelect variations and quantity\nVelvet hair tie\tUS$0.04\t—\t0\t+\nPearl hair clip\tUS$0.07\t—\t0\t+\n30pcs mixed pack\tUS$1.20\t—\t0\t+\n';
    expect(kinds(text)).toEqual([]);
  });

  it('still flags a give-away beside packs', () => {
    const text = 'Scrunchies Pack\n\nUS$0.01-2.40\nMin. order: 100 pieces\n\nSelect variations and quantity\n10pcs pack\tUS$1.30\t—\t0\t+\n20pcs pack\tUS$2.40\t—\t0\t+\nThank you card\tUS$0.01\t—\t0\t+\n';
    expect(kinds(text)[0]).toBe('sku_filler');
  });
});

describe('tier rows with the price above its quantity', () => {
  it('pairs each price with the quantity under it, and the lone price over "Min. order" is the headline', () => {
    const p = checker.parse('Steel Water Bottle 750ml\n\nUS$4.10\n100 - 499 pieces\nUS$3.80\n500 - 1,999 pieces\nUS$3.50\n>= 2,000 pieces\n');
    expect(p.tiers.map((t) => [t.min, t.price.value])).toEqual([
      [100, 4.1],
      [500, 3.8],
      [2000, 3.5],
    ]);
    expect(checker.parse('US$0.22\nMin. order: 50 pieces\nBluetooth Speaker').headline?.min.value).toBe(0.22);
  });

  it('keeps the quantity-above-price order where the page starts with a quantity', () => {
    const p = checker.parse('Sewing Machine\n\n1 - 9 Sets\nUSD 303.00\n10 - 49 Sets\nUSD 289.00\n>=50 Sets\nUSD 270.00\n');
    expect(p.tiers.map((t) => [t.min, t.price.value])).toEqual([
      [1, 303],
      [10, 289],
      [50, 270],
    ]);
  });
});

describe('rules that hold when the reader misses part of the page', () => {
  it('does not call a 79x headline range bait when its options were not read; a $0.01-$999.99 range still is', () => {
    expect(kinds('US $0.25 - 19.80\nMin. order: 100 pcs\nDeep Groove Ball Bearings Full Range\n\nModels 608 to 6320, see the chart in the description')).toEqual([]);
    expect(kinds('US $0.01 - 999.99\nMin. order: 100 pcs\nDeep Groove Ball Bearings 6205')).toContain('price_range');
  });

  it('needs a wide gap for a second MOQ field, but not for a sentence that states the real MOQ', () => {
    expect(kinds('US$2.00-2.40\nMin. order: 100 pieces\nCanvas Tote Bag\n\nOEM\nMin. order: 300 pieces')).toEqual([]);
    expect(kinds('US$2.00-2.40\nMin. order: 100 pieces\nCanvas Tote Bag\n\nNote: orders below 300 pieces are not shipped.')).toContain('moq');
  });
});

describe('an MOQ stated in a sentence, in the ways sellers write it', () => {
  const page = (note: string) => `US$2.00-2.40\nMin. order: 1 piece\nCanvas Tote Bag\n\nNote: ${note}`;
  it.each([
    'We only accept orders over 2000 pcs.',
    'Orders under 500 pcs will be cancelled.',
    'Sorry, we do not accept orders of less than 1000 pieces.',
    'Only bulk orders (10,000 pcs+) accepted.',
    'Small orders not accepted, min 3000 pcs.',
    '低于3000件不接单。',
  ])('flags "%s" against a shown MOQ of 1', (note) => {
    expect(kinds(page(note))).toContain('moq');
  });

  it.each([
    'Orders over 1000 pcs get a 5% discount.',
    'Bulk orders (1000+ pcs) get better prices, contact us.',
    'Orders under 10 pcs ship by post, not by express.',
    'We only accept PayPal for orders below 100 pcs.',
    '少于10件不包邮。',
  ])('passes "%s": a discount, a shipping method or a payment rule is no MOQ', (note) => {
    expect(kinds(page(note))).toEqual([]);
  });
});

describe('realistic volume discounts', () => {
  it('passes a long ladder of gentle steps that falls 6x overall (custom printing amortising its setup)', () => {
    expect(kinds('Custom Printed Mailer Box\n\n500 - 999 pieces\tUS$2.50\n1,000 - 2,999 pieces\tUS$1.60\n3,000 - 9,999 pieces\tUS$1.05\n10,000 - 49,999 pieces\tUS$0.68\n>= 50,000 pieces\tUS$0.42\nMin. order: 500 pieces')).toEqual([]);
  });

  it('flags a ladder that falls the same 6x in one step', () => {
    expect(kinds('Custom Printed Mailer Box\n\n500 - 999 pieces\tUS$2.50\n1,000 - 2,999 pieces\tUS$2.40\n>= 3,000 pieces\tUS$0.42\nMin. order: 500 pieces')).toEqual(['price_ladder']);
  });
});

describe('accessory sets whose cheap items are the product', () => {
  const page = (title: string, rows: [string, string][]) => `${title}\nMin. order: 10 pieces\n\nSelect variations and quantity\n` + rows.map(([n, p]) => `${n}\tUS$${p}\t—\t0\t+`).join('\n');
  it('passes a cheap item named like packaging when product items are priced close to it, and the kit priced above its parts', () => {
    expect(kinds(page('Cake Decorating Set', [['Piping tip', '0.08'], ['Piping bag', '0.04'], ['Coupler', '0.06'], ['Turntable', '6.50'], ['Spatula', '0.90']]))).toEqual([]);
    expect(kinds(page('Fishing Lures Assortment', [['Hook', '0.03'], ['Sinker', '0.02'], ['Spoon lure', '0.35'], ['Soft bait', '0.12'], ['Tackle box kit', '9.80']]))).toEqual([]);
  });

  it('still flags a give-away that sits apart from every product price', () => {
    expect(kinds(page('Cake Decorating Set', [['Piping tip', '0.28'], ['Cloth bag', '0.05'], ['Coupler', '0.26'], ['Turntable', '6.50'], ['Spatula', '0.90']]))[0]).toBe('sku_filler');
  });
});

describe('lines that are not what they look like', () => {
  it('does not read "Package gross weight: 0.55 kg" as a fractional price unit', () => {
    expect(checker.parse('Speaker\nUS$12.00\nMin. order: 50 pieces\nPackage gross weight: 0.55 kg per piece').fractionalUnit).toBeUndefined();
  });

  it('ends the option picker at a blank line, so the order summary "Items: US $2,485.00   Total: …" is no SKU', () => {
    const p = checker.parse('Walnut Kernels\nColor (3)  >\nExtra Light · US $4.97\nLight · US $5.22\n\nItems: US $2,485.00   Total: US $3,078.36');
    expect(p.skus.map((s) => s.name)).toEqual(['Extra Light', 'Light']);
    expect(p.total?.value).toBe(3078.36);
  });
});

describe('goods sold by the piece priced by weight', () => {
  it('flags a drone priced per gram even when its MOQ is in grams too (the unit first, then the MOQ in it), in both languages', () => {
    expect(kinds('Foldable Drone 4K Camera\nUS$0.35 / gram\nMin. order: 500 grams')).toEqual(['price_unit', 'moq']);
    expect(kinds('商品名称：无人机 4K航拍\n价格区间：US $0.35 / 克\n最小起订量：500 克')).toEqual(['price_unit', 'moq']);
  });

  it('passes used goods traded in bales by the kilogram', () => {
    expect(kinds('Used Clothing Bales Mixed Jackets and Dresses\nUS$1.20 / kilogram\nMin. order: 1,000 kilograms')).toEqual([]);
  });
});

describe('a paste with a blank line after every line', () => {
  it('reads the same numbers as the plain paste (tables and sections are not cut at each blank line)', () => {
    const form = ['产品名称*\t保温杯', '最小起订量*\t100\t件', '起订量（件）\tFOB价格（USD）', '≥100\t3.20', '≥500\t2.95', '≥2000\t0.27'].join('\n');
    const doubled = form.replace(/\n/g, '\n\n');
    expect(checker.parse(doubled).tiers).toEqual(checker.parse(form).tiers);
    expect(kinds(doubled)).toEqual(['price_ladder']);
    const custom = 'Bamboo Toothbrush\n\nUS$0.09-0.12\nMin. order: 1,000 pieces\n\n\nCustomization\nCustomized logo\nMin. order: 10,000 pieces\n\n\nLead time\nQuantity (pieces)\t1 - 10,000\t> 10,000';
    expect(kinds(custom.replace(/\n/g, '\n\n'))).toEqual([]);
  });

  it('ends the Customization section at a line that is no customisation option', () => {
    const p = checker.parse('Tote Bag\nUS$2.00\nMin. order: 100 pieces\nCustomization\nCustomized logo\nMin. order: 500 pieces\nNote: orders below 3000 pieces are not shipped.');
    expect(p.customMoqs.map((q) => q.qty)).toEqual([500]);
    expect(p.moqClaims.map((q) => q.qty)).toEqual([3000]);
  });
});

describe('the newer page pasted onto one line (a chat box that drops line breaks)', () => {
  it('keeps the sample MOQ, the customisation MOQs and the order summary apart, so an honest page stays ok', () => {
    const page = [
      'Bamboo Toothbrush Soft Bristle', 'US$0.091-0.12', 'Min. order: 1,000 pieces', 'Variations', 'Total options: 2 Bristle',
      'Customization', 'Graphic customization', 'Min. order: 10,000 pieces', 'Free shipping promotion · Seller pays freight on this item',
      'Shipping', 'Shipping fee: US$0.00 for 1,000 pieces', 'Item subtotal (1,000 pieces)\tUS$91.00', 'Shipping total\tUS$0.00', 'Subtotal\tUS$91.00',
      'Sample price: US $0.50/piece (min. 1)',
    ].join('\n');
    expect(kinds(page)).toEqual([]);
    expect(kinds(page.replace(/\n+/g, ' '))).toEqual([]);
  });

  it('still finds the bait tier of a backend form table pasted onto one line', () => {
    const form = ['产品名称*\t指甲油', '最小起订量*\t60\t件', '起订量（件）\tFOB价格（USD）', '≥60\t29.24', '≥600\t2.15', '≥3000\t0.23', '物流设置', '运费模板\t默认模板'].join('\n');
    expect(kinds(form.replace(/\n+/g, ' '))).toContain('price_ladder');
  });
});
