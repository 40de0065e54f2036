import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRouterModel } from '../scripts/train-router.js';

describe('the job router model', () => {
  it('retrains byte for byte from the corpora (training is deterministic and the shipped model is current)', () => {
    const shipped = readFileSync(new URL('../src/routing/model.json', import.meta.url), 'utf8');
    expect(buildRouterModel() === shipped).toBe(true);
  }, 600_000);
});
