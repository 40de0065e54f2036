import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../src/db/database.js';

// The driver adapters run a migration script by splitting it on ";", comments included, so a
// semicolon inside a comment cuts a statement in half ("syntax error at or near ..."), unlike the
// native engine. Catch it here, before it reaches an operator's database.
describe('migration files', () => {
  const dirs = fs.readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory());

  it('exist in Prisma\'s standard layout with a lock file', () => {
    expect(dirs.length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(MIGRATIONS_DIR, 'migration_lock.toml'), 'utf8')).toMatch(/provider = "postgresql"/);
    for (const d of dirs) {
      expect(d.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(fs.existsSync(path.join(MIGRATIONS_DIR, d.name, 'migration.sql'))).toBe(true);
    }
  });

  it.each(dirs.map((d) => d.name))('%s has no semicolon or quote inside a comment', (name) => {
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8');
    const offending = sql
      .split('\n')
      .map((line, i) => ({ line: i + 1, comment: line.includes('--') ? line.slice(line.indexOf('--')) : '' }))
      .filter((l) => /[;']/.test(l.comment.replace(/'[^']*'/g, '')));
    expect(offending).toEqual([]);
  });
});
