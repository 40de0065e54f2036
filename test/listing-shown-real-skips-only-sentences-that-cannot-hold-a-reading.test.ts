import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createListingChecker, loadListingRules } from '../src/listing/index.js';
import { DEFAULT_LISTING_RULES_DIR } from '../src/listing/rules.js';

/**
 * Session 40 (speed, no change of output): the shown-vs-real reader passes over a sentence before reading its cues when no
 * clause of it could give a reading: no digit and no free freight (no amount), or no attribute cue anywhere in it (a clause
 * names an attribute only if its sentence does, when every attribute cue is local: no anchor, no look-around). A confession
 * is looked for only in a sentence with a shown or purpose cue (or, with free shipping shown, a home-only or charge-later one).
 * The readings these gates keep must still be read, and a cue list the gate would not be sound for turns the gate off.
 */
const kinds = (c: ReturnType<typeof createListingChecker>, t: string) => c.check(t).findings.map((f) => f.kind);

// A shown freight and the one really invoiced, each in a field; a price shown in one clause and the real one quoted in later ones.
const PAIR = 'Carbon steel flanges DN50\nFreight on our page: $4 per carton\nWhat we really invoice for freight: $60 per carton';
const CONFESSION = '竹制砧板 大号，页面上写的价格是0.6美金一块，询盘来了再报真实价格，一般3.5美金';
const PLAIN = 'Garden hose 30m\nPrice: $2.10 / piece\nNotes: ships in 2 days, 12 colours, 3 sizes';

function rulesWithAttributeCue(extra: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'haili-shown-real-'));
  cpSync(DEFAULT_LISTING_RULES_DIR, dir, { recursive: true });
  const file = path.join(dir, 'shown-real.yaml');
  // (one more alternative in the MOQ attribute's cue list)
  const yaml = readFileSync(file, 'utf8').replace(/(attributes:\n  - kind: moq\n(?:    #[^\n]*\n)*    cue: \[)/, `$1'${extra}', `);
  writeFileSync(file, yaml);
  return dir;
}

describe('the shown-vs-real reader skips only sentences that cannot hold a reading', () => {
  it('with the shipped cues the sentence gate is on, and pairs and confessions are still read', () => {
    expect(loadListingRules().shownReal?.anyAttribute).toBeInstanceOf(RegExp);
    const checker = createListingChecker();
    expect(kinds(checker, PAIR)).toContain('shipping');
    expect(kinds(checker, CONFESSION)).toContain('price_range');
    expect(kinds(checker, PLAIN)).toEqual([]);
  });

  it('an anchored attribute cue turns the gate off, and the reading is the same', () => {
    const dir = rulesWithAttributeCue('^\\s*minimum\\s+lot\\b');
    expect(loadListingRules(dir).shownReal?.anyAttribute).toBeNull();
    const checker = createListingChecker({ rulesDir: dir });
    expect(kinds(checker, PAIR)).toContain('shipping');
    expect(kinds(checker, CONFESSION)).toContain('price_range');
  });

  it('an attribute cue that matches the empty label turns the gate off', () => {
    const dir = rulesWithAttributeCue('(?:lot)?');
    expect(loadListingRules(dir).shownReal?.anyAttribute).toBeNull();
  });
});
