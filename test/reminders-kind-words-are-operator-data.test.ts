import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { loadPolicies } from '../src/reminders/policy.js';
import { findKind, parseReminderRequest } from '../src/reminders/index.js';

// The words that tell a chat request's kind ("直播", "flagged", "公示") live in rules/deadlines/*.yaml `cues`, so an
// operator adds a word without code, and a bad pattern fails at load naming the file.
function copyRules(): string {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'deadlines-cues-'));
  for (const f of fs.readdirSync('rules/deadlines')) fs.copyFileSync(path.join('rules/deadlines', f), path.join(dir, f));
  return dir;
}
const NOW = DateTime.fromISO('2026-11-30T10:00:00', { zone: 'Asia/Shanghai' }).toJSDate();

describe('the words that name a reminder kind are operator data', () => {
  it('tries kinds by rank: a live show beats the generic 14 days, a named violator beats a fix', () => {
    const { kindCues } = loadPolicies();
    expect(kindCues.map((c) => c.kind)).toEqual(['live-recruiting', 'growth-tasks', 'violation-fix', 'offsite-strike', 'rectification']);
    expect(findKind('remind me 14 days before the live show on 5/20')).toBe('live-recruiting');
    expect(findKind('我们被公示了，要整改')).toBe('violation-fix');
    expect(findKind('P123 was flagged yesterday')).toBe('rectification');
    expect(findKind('remind me about the meeting')).toBeNull();
  });

  it('a cue word an operator adds to a policy file names that kind in chat', () => {
    const word = '萌新礼包';
    expect(findKind(`${word}的任务别忘了`, loadPolicies(copyRules()).kindCues)).toBeNull();
    // (policies are cached per folder, as the service loads them once: the edited copy is a folder of its own)
    const dir = copyRules();
    const file = path.join(dir, 'growth-tasks.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/(cues:\n  rank: \d+\n  patterns:\n)/, `$1    - '${word}'\n`));
    const cues = loadPolicies(dir).kindCues;
    expect(findKind(`${word}的任务别忘了`, cues)).toBe('growth-tasks');
    expect(parseReminderRequest(`提醒我：${word}的任务，店铺今天开通`, NOW, 'Asia/Shanghai', { kindCues: cues }).caseKind).toBe('growth-tasks');
  });

  it('a cue that is not a regular expression fails at load, naming the file and field', () => {
    const dir = copyRules();
    const file = path.join(dir, 'rectification.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/(cues:\n  rank: \d+\n  patterns:\n)/, "$1    - '(unclosed'\n"));
    expect(() => loadPolicies(dir)).toThrow(/rectification\.yaml: cues\.patterns\.\d+: not a valid regular expression/);
  });
});
