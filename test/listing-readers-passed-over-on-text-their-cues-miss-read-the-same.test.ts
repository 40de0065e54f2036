import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LISTING_RULES_DIR, createListingChecker, loadListingRules } from '../src/listing/index.js';
import { shownRealFindings } from '../src/listing/shown-real.js';

/**
 * Round 43 (issue 15, speed): readers pass a listing over when a cue each of their findings needs misses the whole text
 * (shown-real pairs need a piece labelled real, confessions a shown, purpose or charge-later cue), which holds only for
 * cues that read nothing beyond their own match (rules.ts local); the reference lookup reads a title's characters for
 * Chinese keywords only when it holds a Han character and stops at the category it chooses; a name list's patterns are
 * tested as one expression unless one refers to a group. Each shortcut must leave what is found as it was.
 */
const checker = createListingChecker();
const kinds = (t: string, c = checker) => c.check(t).findings.map((f) => f.kind);

function rulesWith(file: string, edit: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'listing-speed-'));
  cpSync(DEFAULT_LISTING_RULES_DIR, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

describe('shown-real pairs and confessions', () => {
  it('a real label in a field name still pairs with the shown field', () => {
    expect(kinds('Item: Nylon zip ties 200mm\nShipping on listing: $4 per bag\nFreight actually billed: $55 per bag')).toContain('shipping');
  });
  it('a real label only in a CSV header still pairs with the page column', () => {
    expect(kinds('货品,展示起订量,内部起订量\n铝合金门把手,2,800个')).toContain('moq');
  });
  it('a listing with no real or shown words finds no pair and no confession', () => {
    expect(kinds('Bamboo cutting board 38x28cm\nPrice: $2.10 - $2.60 / Piece\nMOQ: 300 Pieces')).toEqual([]);
  });
  it('the rules say the shipped real and confession cues are local', () => {
    const cues = loadListingRules().shownReal!;
    expect(cues.realLocal).toBe(true);
    expect(cues.confessionLocal).toBe(true);
  });
  it('an anchored real cue is not local: its pair is still read, not skipped on the whole text', () => {
    // ("^actual" matches the label "Actual freight" but not the text, which starts elsewhere; the shown-real reader is asked
    // directly, since the judge reads this freight too)
    const dir = rulesWith('shown-real.yaml', (y) => y.replace(/^real:\n  - '.*'$/m, "real:\n  - '^actual'"));
    const anchored = loadListingRules(dir);
    expect(anchored.shownReal!.realLocal).toBe(false);
    const text = 'Item: Nylon zip ties 200mm\nShipping on listing: $4 per bag\nActual freight: $55 per bag';
    expect(shownRealFindings(text, anchored, 'en').map((f) => f.kind)).toContain('shipping');
  });
});

describe('the reference lookup', () => {
  const rules = loadListingRules();
  it('a Chinese keyword that starts with Latin letters or digits still matches a Chinese title', () => {
    expect(rules.referenceFor!('工厂直供 18650电芯 3.7V 2600mAh')?.id).toBe('lithium-ion-cell');
  });
  it('an English title with no Han character still finds its category', () => {
    expect(rules.referenceFor!('3.7V 18650 Lithium Ion Battery Cell 2600mAh')?.id).toBe(rules.referenceFor!('18650 Lithium Ion Battery Cell 3.7V')?.id);
  });
  it('a title matching several categories gets the first that fits, whatever comes after it', () => {
    const one = rules.referenceFor!('14 Inch Laptop Core i7 12th Gen 16GB RAM 1TB SSD');
    expect(one?.id).toBe('laptop-current-cpu');
  });
});

describe('a name list tested as one expression', () => {
  it('a SKU name any one pattern of the list names is still a solo name', () => {
    const rules = loadListingRules();
    expect(rules.isSoloName('Velvet fabric (per meter)')).toBe(true);
    expect(rules.isSoloName('Navy blue 3-seat sofa')).toBe(false);
  });
  it('a list with a pattern that refers to its own group keeps its meaning', () => {
    // Joined naively, "\\1" would refer to the first pattern's group and "haha" would no longer match.
    const dir = rulesWith('sku.yaml', (y) => y.replace(/^soloNames: \[/m, "soloNames: ['(zq)x', '(ha)\\1', "));
    const rules = loadListingRules(dir);
    expect(rules.isSoloName('haha edition')).toBe(true);
    expect(rules.isSoloName('ha edition')).toBe(false);
  });
});
