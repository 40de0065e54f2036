import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { createReminderService, type ReminderService } from '../src/reminders/index.js';
import { PG_URL, dropSchema, postgresAvailable, uniqueSchema } from './helpers/db.js';

const defaults = { platform: 'slack' as const, workspaceId: 'T-csv', conversationId: 'C-general' };
const clock = () => new Date('2022-04-28T03:00:00Z');
let db: Database;
let svc: ReminderService;
const count = () => db.prisma.complianceCase.count();

beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
  await db.migrate();
  svc = createReminderService(db, { clock });
});
afterAll(() => db?.close());

describe('CSV import of cases (PGlite)', () => {
  it('imports a file with a UTF-8 BOM, Windows line ends, quoted commas and Chinese text', async () => {
    const csv = '\uFEFFkind,subject,start,user_id,lang,note\r\nrectification,P123,2022-04-28,U1,en,"flagged, price"\r\n直播带岗,杭州某公司,2022-05-20,U2,zh,素材\r\n\r\n';
    const r = await svc.importCsv(csv, { dryRun: false, defaults });
    expect(r).toEqual({ imported: 2, errors: [], encoding: "utf-8" });
    const cases = await svc.listCases({ workspaceId: 'T-csv' });
    expect(cases.map((c) => [c.kind, c.subject, c.deadline, c.note ?? null])).toEqual([
      ['rectification', 'P123', '2022-05-12T23:59:59.999+08:00', 'flagged, price'],
      ['live-recruiting', '杭州某公司', '2022-05-15T23:59:59.999+08:00', '素材'],
    ]);
    expect(cases[0]!.target).toEqual({ platform: 'slack', workspaceId: 'T-csv', conversationId: 'C-general', userId: 'U1' });
  });

  it('reports a missing required column on the header line', async () => {
    const r = await svc.importCsv('kind,subject\nrectification,P1\n', { dryRun: false, defaults });
    expect(r.imported).toBe(0);
    expect(r.errors).toEqual([{ line: 1, reason: expect.stringMatching(/missing column start/) }]);
  });

  it('reports every bad row with its line and reason and imports nothing', async () => {
    const before = await count();
    const csv = [
      'kind,subject,start',
      'rectification,P1,2022-04-28',
      'banana,P2,2022-04-28',
      'rectification,P3,2022-02-30',
      'rectification,,2022-04-28',
      'growth-tasks,P5',
      'violation-fix,P6,2022-04-28,extra',
      'rectification,P7,28/04/2022',
    ].join('\n');
    const r = await svc.importCsv(csv, { dryRun: false, defaults });
    expect(r.imported).toBe(0);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(r.errors[0]!.reason).toMatch(/Unknown case kind "banana"/);
    expect(r.errors[1]!.reason).toMatch(/2022-02-30 does not exist/);
    expect(r.errors[2]!.reason).toMatch(/subject/);
    expect(r.errors[3]!.reason).toMatch(/missing value for start/);
    expect(r.errors[4]!.reason).toMatch(/4 columns but the header has 3/);
    expect(r.errors[5]!.reason).toMatch(/YYYY-MM-DD/);
    expect(await count()).toBe(before);
  });

  it('a dry run validates and writes nothing', async () => {
    const before = await count();
    const r = await svc.importCsv('kind,subject,start\nrectification,P9,2022-04-28\n', { dryRun: true, defaults });
    expect(r).toEqual({ imported: 1, errors: [], encoding: "utf-8" });
    expect(await count()).toBe(before);
  });

  it('answers empty, binary and unreadable files politely', async () => {
    expect((await svc.importCsv('', { dryRun: true, defaults })).errors[0]!.reason).toMatch(/empty/);
    expect((await svc.importCsv('\u0000\u0001\u0002PK', { dryRun: true, defaults })).errors[0]!.reason).toMatch(/not a text CSV/);
    const r = await svc.importCsv('kind,subject,start\nrectification,"P1,2022-04-28\n', { dryRun: true, defaults });
    expect(r.errors[0]!.reason).toMatch(/cannot be read/);
  });

  it('100,000 rows: progress is reported, one bad row at line 77,778 blocks the whole import', async () => {
    const lines = ['kind,subject,start'];
    for (let i = 0; i < 100_000; i++) lines.push(i === 77_776 ? 'rectification,PX,2022-02-30' : `rectification,P${i},2022-04-28`);
    const progress: number[] = [];
    const before = await count();
    const r = await svc.importCsv(lines.join('\r\n'), { dryRun: false, defaults, onProgress: (d) => progress.push(d) });
    expect(r.imported).toBe(0);
    expect(r.errors).toEqual([{ line: 77_778, reason: expect.stringMatching(/2022-02-30/) }]);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(100_000);
    expect(await count()).toBe(before);
  }, 120_000);
});

const pg = await postgresAvailable();
describe.skipIf(!pg)('CSV import of 100,000 rows on PostgreSQL', () => {
  it('imports them all in one transaction with progress up to the total', async () => {
    const schema = uniqueSchema('rem_csv');
    const pdb = await openDatabase({ url: PG_URL, schema });
    try {
      await pdb.migrate();
      const psvc = createReminderService(pdb, { clock });
      const lines = ['kind,subject,start,user_id'];
      for (let i = 0; i < 100_000; i++) lines.push(`${i % 2 ? 'rectification' : 'violation-fix'},P${i},2022-04-28,U${i % 100}`);
      let last = [0, 0];
      const r = await psvc.importCsv('\uFEFF' + lines.join('\r\n') + '\r\n', { dryRun: false, defaults, onProgress: (d, t) => (last = [d, t]) });
      expect(r).toMatchObject({ imported: 100_000, errors: [] });
      expect(last).toEqual([200_000, 200_000]);
      expect(await pdb.prisma.complianceCase.count()).toBe(100_000);
      expect(await pdb.prisma.scheduledNudge.count()).toBe(50_000 * 5 + 50_000 * 4);
    } finally {
      await pdb.close();
      await dropSchema(schema);
    }
  }, 300_000);
});
