import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../src/reminders/policy.js';

const BRIEFING = fs.existsSync('/work/shared/seed/merchant-briefing-2022-04.txt')
  ? '/work/shared/seed/merchant-briefing-2022-04.txt'
  : path.resolve('rules/source/merchant-briefing-2022-04.txt');
const lines = fs.readFileSync(BRIEFING, 'utf8').split('\n');

describe('deadline policies are data that cite the briefing', () => {
  const { byKind } = loadPolicies();

  it('has one policy per case kind, each quoting its source line verbatim', () => {
    expect([...byKind.keys()].sort()).toEqual(['growth-tasks', 'live-recruiting', 'offsite-strike', 'rectification', 'violation-fix']);
    for (const p of byKind.values()) {
      for (const s of p.sources) expect(lines[s.line - 1], `${p.id} line ${s.line}`).toContain(s.quote);
      for (const task of p.tasks ?? []) expect(lines[task.line - 1], `${p.id} task ${task.key}`).toContain(task.quote);
    }
  });

  it('takes its numbers from the quoted lines, not from code', () => {
    const cited = (kind: string) => byKind.get(kind as never)!.sources.map((s) => s.quote).join('\n');
    expect(cited('rectification')).toContain(`${byKind.get('rectification')!.deadline.days}天`);
    expect(cited('violation-fix')).toContain(`${byKind.get('violation-fix')!.deadline.days}天`);
    expect(cited('growth-tasks')).toContain(`${byKind.get('growth-tasks')!.deadline.days}天`);
    expect(cited('live-recruiting')).toContain(`至少提前${-byKind.get('live-recruiting')!.deadline.days}天`);
    expect(cited('live-recruiting')).toContain(String(byKind.get('live-recruiting')!.slots));
    const tasks = byKind.get('growth-tasks')!.tasks!;
    expect(tasks.map((t) => [t.key, t.total])).toEqual([['potential-products', 50], ['trade-assurance', 1], ['showcases', 10], ['video', 1]]);
    for (const t of tasks.filter((t) => t.total > 1)) expect(t.quote).toContain(String(t.total));
  });

  it('rejects a malformed policy file, naming the file and field', () => {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'deadlines-'));
    for (const f of fs.readdirSync('rules/deadlines')) fs.copyFileSync(path.join('rules/deadlines', f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'rectification.yaml'), fs.readFileSync('rules/deadlines/rectification.yaml', 'utf8').replace('deadline: { days: 14 }', 'deadline: { days: fourteen }'));
    expect(() => loadPolicies(dir)).toThrow(/rectification\.yaml: deadline\.days/);
  });
});
