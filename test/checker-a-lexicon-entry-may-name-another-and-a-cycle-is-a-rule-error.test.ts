import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_DIR } from '../src/checker/index.js';
import { loadRules } from '../src/checker/rules.js';

const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), 'haili-rules-'));
  cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
  return dir;
};

describe('a lexicon entry may name another, so each list is written once', () => {
  it('fills in the entries a lexicon entry names', () => {
    const rules = loadRules(DEFAULT_RULES_DIR);
    // PLATFORMW names PLATFORM_FEATURE (the platform's buttons) instead of repeating it.
    expect(new RegExp(rules.lexicon.PLATFORMW!).test('click contact supplier')).toBe(true);
    expect(rules.lexicon.PLATFORMW).not.toMatch(/\{[A-Z_]+\}/);
  });

  it('rejects entries that name each other in a cycle', () => {
    const dir = copy();
    writeFileSync(join(dir, 'zz-cycle.yaml'), "lexicon:\n  ZZ_A: ['a|{ZZ_B}']\n  ZZ_B: ['b|{ZZ_A}']\n");
    expect(() => loadRules(dir)).toThrow(/cycle/);
  });

  it('rejects an entry that names an unknown entry', () => {
    const dir = copy();
    writeFileSync(join(dir, 'zz-unknown.yaml'), "lexicon:\n  ZZ_A: ['a|{ZZ_NOWHERE}']\n");
    expect(() => loadRules(dir)).toThrow(/ZZ_NOWHERE/);
  });
});
