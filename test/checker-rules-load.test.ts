import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_DIR, createDraftChecker } from '../src/checker/index.js';
import { loadRules, RulesError } from '../src/checker/rules.js';

const briefing = readFileSync('/work/shared/seed/merchant-briefing-2022-04.txt', 'utf8').replace(/\*\*/g, '');

describe('detection rules load from rules/detection and cite the briefing', () => {
  const rules = loadRules(DEFAULT_RULES_DIR);

  it('quotes every clause verbatim from the briefing', () => {
    expect(rules.clauses.size).toBeGreaterThan(5);
    for (const [id, text] of rules.clauses) expect(briefing.includes(text), `clause ${id}`).toBe(true);
  });

  it('registers one recognizer per family', () => {
    const kinds = new Set(rules.recognizers.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['email', 'lexicon', 'link', 'messenger', 'pattern', 'phone']);
    expect(rules.zones.map((z) => z.id).sort()).toEqual(['signature.autoreply', 'signature.block']);
  });

  it('rejects a rule file that breaks the schema, naming the file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haili-rules-'));
    cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'zz-bad.yaml'), 'recognizers:\n  - id: bad\n    kind: pattern\n    category: phone\n    clause: violation\n    score: 7\n    patterns: ["x"]\n    reason: {zh: 坏, en: bad}\n');
    expect(() => loadRules(dir)).toThrow(/zz-bad\.yaml.*score/);
  });

  it('rejects a pattern that is not a valid regex or cites an unknown clause', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haili-rules-'));
    cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'zz-bad.yaml'), 'recognizers:\n  - id: bad\n    kind: pattern\n    category: phone\n    clause: violation\n    score: 0.9\n    gate: x\n    patterns: ["(unclosed"]\n    reason: {zh: 坏, en: bad}\n');
    expect(() => createDraftChecker({ rulesDir: dir })).toThrow(RulesError);
    writeFileSync(join(dir, 'zz-bad.yaml'), 'recognizers:\n  - id: bad\n    kind: pattern\n    category: phone\n    clause: nowhere\n    score: 0.9\n    gate: x\n    patterns: ["x"]\n    reason: {zh: 坏, en: bad}\n');
    expect(() => loadRules(dir)).toThrow(/unknown clause nowhere/);
  });

  it('rejects a pattern that opens with a look-behind, which would run at every position of every draft', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haili-rules-'));
    cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'zz-slow.yaml'), "recognizers:\n  - id: slow\n    kind: pattern\n    category: email\n    clause: violation\n    score: 0.9\n    gate: mail\n    patterns: ['(?<=mail[^\\n]{0,40}?)\\bis\\s[a-z]+\\sat\\s[a-z]+']\n    reason: {zh: 慢, en: slow}\n");
    expect(() => createDraftChecker({ rulesDir: dir })).toThrow(/opens with a look-behind/);
    writeFileSync(join(dir, 'zz-slow.yaml'), "recognizers:\n  - id: slow\n    kind: pattern\n    category: email\n    clause: violation\n    score: 0.9\n    gate: mail\n    patterns: ['\\bis(?<=mail[^\\n]{0,40}?is)\\s[a-z]+\\sat\\s[a-z]+']\n    reason: {zh: 慢, en: slow}\n");
    expect(() => createDraftChecker({ rulesDir: dir })).not.toThrow();
  });
});
