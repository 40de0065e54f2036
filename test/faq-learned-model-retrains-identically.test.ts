import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('the FAQ model file is generated, not hand-edited', () => {
  it('retraining from the seen question sets reproduces src/faq/model.json byte for byte', () => {
    // --check trains exactly as `npm run train:ask` does and compares instead of writing; exit 1 on any difference
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/train-faq.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('reproduced byte for byte');
  }, 900_000);
});
