import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// Wordings written for this test, none of them in the training drafts: a sign-off with no way to reach the writer,
// things (not the talk) moving somewhere else, and product names that share a word with a messenger.
const harmless = [
  'Cheers, Frank Li / Marketing / Hebei Tianyi Wire Mesh',
  'Kind regards, Grace — Sales, Suzhou Bright Optics',
  '祝好！孙浩 市场部 河北天义丝网',
  'The production line is moving to another city next spring.',
  '明年春天生产线要搬到另一个城市。',
  'Our new model is called WeLink, it supports 5G.',
  "Let's grab dinner somewhere else after the factory tour.",
  '不好意思，我们不方便用QQ邮箱发资料，文件都在这个聊天里发给您。',
];
// Rule-less steering the classifier is there for: it must still warn.
const steering = ['We can continue this somewhere more private, you know which app.', '这边不好说，换个私密点的地方聊。'];

describe('the classifier alone does not warn on contact-free wording', () => {
  const checker = createDraftChecker({ llm: null });
  it.each(harmless)('passes %s', (text) => {
    expect(checker.checkLocal(text).verdict).toBe('pass');
  });
  // Flagged by the classifier, or by a rule where one now covers the wording ("换个私密点的地方聊").
  it.each(steering)('still warns on %s', (text) => {
    const r = checker.checkLocal(text);
    expect(r.leak, JSON.stringify(r.explain)).toBe(true);
  });
});

describe('the classifier cut-off comes from cross-validated scores over all the training drafts', () => {
  const train = (fold?: string) => {
    const out = join(mkdtempSync(join(tmpdir(), 'haili-cut-')), 'model.json');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/train-classifier.ts'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { ...process.env, HAILI_MODEL_OUT: out, HAILI_TRAIN_FOLD: fold ?? '' },
      stdio: 'pipe',
    });
    return (JSON.parse(readFileSync(out, 'utf8')) as { threshold: number }).threshold;
  };
  it('moves by at most 0.1 when a few dozen training drafts are left out', () => {
    // the shipped model is the full training's output (checker-classifier.test.ts retrains it byte for byte)
    const full = (JSON.parse(readFileSync(new URL('../src/checker/model.json', import.meta.url), 'utf8')) as { threshold: number }).threshold;
    for (const fold of ['0/25', '1/50']) expect(Math.abs(train(fold) - full)).toBeLessThanOrEqual(0.1);
  }, 600_000);
});
