import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featurize, loadModel } from '../src/checker/classifier.js';
import { createDraftChecker } from '../src/checker/index.js';

const MODEL = new URL('../src/checker/model.json', import.meta.url);

describe('classifier stage', () => {
  it('the shipped weights are exactly what scripts/train-classifier.ts produces', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'haili-model-')), 'model.json');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/train-classifier.ts'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { ...process.env, HAILI_MODEL_OUT: out },
      stdio: 'pipe',
    });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(MODEL, 'utf8'));
    // training runs five folds; on a loaded two-core machine that is minutes, not the default minute
  }, 600_000);

  it('loads a valid model with a threshold picked on training data', () => {
    const m = loadModel(MODEL.pathname)!;
    expect(m.threshold).toBeGreaterThan(0);
    expect(m.threshold).toBeLessThan(1);
    expect(m.weights.some((w) => w !== 0)).toBe(true);
  });

  it('features ignore exact digits but not their shape', () => {
    expect(featurize('call 12345', 'call 12345', [])).toEqual(featurize('call 98765', 'call 98765', []));
    expect(featurize('call 12345', 'call 12345', [])).not.toEqual(featurize('call 1234', 'call 1234', []));
  });

  it('warns on wording the rules do not cover, pointing at the most suspicious sentence', () => {
    // (Moving "somewhere more convenient" is a rule of its own now; this wording still names no place at all.)
    const text = 'Thanks for the order. Let\'s talk where it\'s easier for both of us, you know where 😉';
    const r = createDraftChecker({ llm: null }).checkLocal(text);
    expect(r.verdict).toBe('warn');
    expect(r.stage).toBe('classifier');
    const f = r.findings.find((x) => x.category === 'classifier')!;
    expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(f.excerpt).toMatch(/easier for both of us/);
    expect(r.rewrite).not.toMatch(/easier for both of us/);
  });

  it('a model file that breaks the schema is rejected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haili-model-'));
    const bad = join(dir, 'model.json');
    writeFileSync(bad, JSON.stringify({ version: 1, bits: 18, weights: { 1: 'x' } }));
    expect(() => loadModel(bad)).toThrow();
  });
});
