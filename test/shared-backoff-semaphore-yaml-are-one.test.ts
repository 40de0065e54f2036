/**
 * One backoff, one semaphore, one YAML loader, one workspace directory (brief: "One backoff and one semaphore
 * serve everyone"). The behaviour of each, plus a scan that keeps copies from growing back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backoffDelay } from '../src/core/backoff.js';
import { Semaphore } from '../src/core/semaphore.js';
import { DataFileError, readYamlFile } from '../src/config/yaml.js';
import { tempDir } from './helpers/haili.js';

const SRC = path.resolve(import.meta.dirname, '..', 'src');
function sources(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

describe('backoff', () => {
  it('doubles from the base per attempt and stops at the cap', () => {
    const p = { baseMs: 500, maxMs: 8000 };
    expect([1, 2, 3, 4, 5, 6, 50].map((a) => backoffDelay(a, p))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });
  it('jitter stays within its band and never exceeds the cap', () => {
    for (const r of [0, 0.5, 0.999]) {
      const e = backoffDelay(3, { baseMs: 1000, maxMs: 60_000, jitter: 'equal' }, () => r);
      expect(e).toBeGreaterThanOrEqual(2000);
      expect(e).toBeLessThanOrEqual(4000);
      const b = backoffDelay(3, { baseMs: 1000, maxMs: 60_000, jitter: 'band' }, () => r);
      expect(b).toBeGreaterThanOrEqual(3200);
      expect(b).toBeLessThanOrEqual(4800);
    }
    expect(Number.isFinite(backoffDelay(10_000, { baseMs: 1000, maxMs: 60_000 }))).toBe(true);
  });
});

describe('semaphore', () => {
  it('runs at most `size` tasks at once, in arrival order', async () => {
    const s = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        s.run(async () => {
          order.push(i);
          peak = Math.max(peak, ++running);
          await new Promise((r) => setTimeout(r, 5));
          running--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(s.active).toBe(0);
  });
  it('a failing task gives its place back', async () => {
    const s = new Semaphore(1);
    await expect(s.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(s.tryAcquire()).toBe(true);
  });
});

describe('YAML data files', () => {
  it('a bad field is one line naming the file and the field', () => {
    const f = path.join(tempDir(), 'x.yaml');
    fs.writeFileSync(f, 'days: -3\n');
    expect(() => readYamlFile(f, z.object({ days: z.number().min(0) }), { shownAs: 'rules/deadlines/x.yaml' })).toThrow(/^rules\/deadlines\/x\.yaml: days: /);
    fs.writeFileSync(f, 'days: [1\n');
    expect(() => readYamlFile(f, z.object({ days: z.number() }))).toThrow(DataFileError);
  });
});

describe('no copies grow back', () => {
  const files = sources();
  const rel = (f: string) => path.relative(SRC, f);
  it('exponential backoff is computed only in core/backoff.ts', () => {
    const copies = files.filter((f) => rel(f) !== 'core/backoff.ts' && /\*\s*2\s*\*\*|Math\.pow\(2/.test(fs.readFileSync(f, 'utf8')));
    expect(copies.map(rel)).toEqual([]);
  });
  it('the yaml parser is imported only by config/yaml.ts', () => {
    const copies = files.filter((f) => rel(f) !== 'config/yaml.ts' && /from 'yaml'/.test(fs.readFileSync(f, 'utf8')));
    expect(copies.map(rel)).toEqual([]);
  });
  it('no other counting semaphore is hand-written', () => {
    const copies = files.filter((f) => rel(f) !== 'core/semaphore.ts' && /waiting\.shift\(\)|class Slots/.test(fs.readFileSync(f, 'utf8')));
    expect(copies.map(rel)).toEqual([]);
  });
  it('workspace upserts and user-language lookups live only in db/workspaces.ts', () => {
    const copies = files.filter((f) => rel(f) !== 'db/workspaces.ts' && /workspace\.upsert|chatUser\.find(First|Unique)\(/.test(fs.readFileSync(f, 'utf8')));
    expect(copies.map(rel)).toEqual([]);
  });
});
