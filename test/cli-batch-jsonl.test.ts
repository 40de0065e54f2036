import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const bin = path.resolve(import.meta.dirname, '..', 'bin', 'haili.mjs');

function run(args: string[], input: string) {
  return spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { PATH: process.env.PATH }, timeout: 120_000 });
}

describe('haili check --jsonl', () => {
  it('writes one result per input line, in order, and survives malformed lines', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Please add my WhatsApp +86 186 1234 5678' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'The MOQ is 500 pcs, unit price USD 2.35, HS code 9403.60.' }),
      JSON.stringify({ id: 'c' }),
      '',
      JSON.stringify({ id: 'd', text: '' }),
      JSON.stringify({ id: 'e', text: '\u0000\u0001\uFFFD binary junk \u202Eevil' }),
    ].join('\n');
    const r = run(['check', '--jsonl'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ id: 'a', leak: true, verdict: 'block' });
    const f = lines[0].findings[0];
    expect(Object.keys(f).sort()).toEqual(['category', 'end', 'rule', 'start']);
    const original = 'Please add my WhatsApp +86 186 1234 5678';
    expect(lines[0].findings.some((x: { start: number; end: number }) => original.slice(x.start, x.end).includes('186'))).toBe(true);
    expect(lines[1]).toMatchObject({ id: null });
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2]).toMatchObject({ id: 'b', leak: false, verdict: 'pass', findings: [] });
    expect(lines[3]).toMatchObject({ id: null });
    expect(lines[3].error).toMatch(/text/);
    expect(lines[4]).toMatchObject({ id: 'd', leak: false, verdict: 'pass' });
    expect(lines[5].id).toBe('e');
    expect(r.status).toBe(3);
  });

  it('a single draft prints a readable, highlighted result and signals the verdict in its exit code', () => {
    const r = spawnSync(process.execPath, [bin, 'check', '--explain', 'Please add my WhatsApp +86 186 1234 5678'], { encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' }, timeout: 120_000 });
    expect(r.status).toBe(5);
    expect(r.stdout).toMatch(/BLOCK/);
    expect(r.stdout).toMatch(/\[.*186.*\]/);
    expect(r.stdout).toMatch(/Alibaba\.com/);
  });
});

describe('haili ask --jsonl', () => {
  it('answers with sources, declines what the policy does not cover, and survives malformed lines', () => {
    const input = [
      JSON.stringify({ id: 'q1', q: '法定代表人提现的手续费是多少？' }),
      JSON.stringify({ id: 'q2', q: 'What is the VAT rate for selling in Germany?' }),
      'garbage',
      JSON.stringify({ id: 'q3', q: 42 }),
    ].join('\n');
    const r = run(['ask', '--jsonl'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'q1', declined: false });
    expect(lines[0].answer).toMatch(/0\.3%/);
    expect(lines[0].sources.length).toBeGreaterThan(0);
    expect(Object.keys(lines[0]).sort()).toEqual(['answer', 'declined', 'id', 'sources']);
    expect(lines[1]).toMatchObject({ id: 'q2', declined: true });
    expect(lines[2]).toMatchObject({ id: null });
    expect(lines[3]).toMatchObject({ id: null });
  });
});

describe('haili --help', () => {
  it('lists the commands and each command has its own help', () => {
    const top = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(top.status).toBe(0);
    for (const cmd of ['serve', 'check', 'ask', 'cases', 'import', 'db migrate']) expect(top.stdout).toContain(cmd);
    for (const cmd of ['serve', 'check', 'ask', 'cases', 'import', 'db']) {
      const r = spawnSync(process.execPath, [bin, cmd, '--help'], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status, cmd).toBe(0);
      expect(r.stdout.length, cmd).toBeGreaterThan(40);
    }
    const bad = spawnSync(process.execPath, [bin, 'frobnicate'], { encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(2);
  });
});
