import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { openDatabase, type Database } from '../src/db/database.js';
import { createReminderService, type ReminderService } from '../src/reminders/index.js';

const defaults = { platform: 'console' as const, workspaceId: 'T-enc', conversationId: 'console' };
const clock = () => new Date('2022-04-28T03:00:00Z');
let db: Database;
let svc: ReminderService;

beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
  await db.migrate();
  svc = createReminderService(db, { clock });
});
afterAll(() => db?.close());

const csv = (subject: string) => `kind,subject,start,note\r\nrectification,${subject},2022-04-28,主图违规：请更换图片\r\n`;

async function noteOf(subject: string): Promise<string | null> {
  return (await db.prisma.complianceCase.findFirst({ where: { subject }, select: { note: true } }))?.note ?? null;
}

describe('CSV import reads the encodings Excel writes', () => {
  it.each([
    ['UTF-8 without BOM', 'utf-8', (s: string) => Buffer.from(s, 'utf8')],
    ['UTF-8 with BOM', 'utf-8', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
    ['UTF-16LE with BOM (Excel "Unicode text")', 'utf-16le', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16LE without BOM', 'utf-16le', (s: string) => Buffer.from(s, 'utf16le')],
    ['UTF-16BE with BOM', 'utf-16be', (s: string) => iconv.encode(s, 'utf-16be', { addBOM: true })],
    ['GBK (Excel on Chinese Windows)', 'gb18030', (s: string) => iconv.encode(s, 'gbk')],
    ['GB18030', 'gb18030', (s: string) => iconv.encode(s, 'gb18030')],
  ])('%s is decoded, Chinese intact', async (_name, encoding, encode) => {
    const subject = `P-${encoding}-${Math.random().toString(36).slice(2, 8)}`;
    const r = await svc.importCsv(encode(csv(subject)), { dryRun: false, defaults });
    expect(r).toEqual({ imported: 1, errors: [], encoding });
    expect(await noteOf(subject)).toBe('主图违规：请更换图片');
  });

  it('bytes that are no supported encoding are refused with one clear line, nothing imported', async () => {
    const before = await db.prisma.complianceCase.count();
    // Latin-1 "é" and a byte pair GB18030 cannot decode: not UTF-8, not GBK.
    const bytes = Buffer.concat([Buffer.from('kind,subject,start,note\nrectification,P-bad,2022-04-28,caf'), Buffer.from([0xe9, 0x80, 0x7f, 0xff]), Buffer.from('\n')]);
    const r = await svc.importCsv(bytes, { dryRun: false, defaults });
    expect(r.imported).toBe(0);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.reason).toMatch(/not UTF-8, UTF-16 or GBK.*CSV UTF-8/);
    expect(await db.prisma.complianceCase.count()).toBe(before);
  });
});

describe('CSV import streams its rows', () => {
  it('50,000 rows import with memory growth far below the file-in-memory approach (was 1.2 GB RSS)', async () => {
    const lines = ['kind,subject,start,note'];
    for (let i = 0; i < 50_000; i++) lines.push(`rectification,M${i},2022-04-28,批次${i % 97}`);
    const bytes = iconv.encode(lines.join('\r\n'), 'gbk');
    const base = process.memoryUsage().rss;
    let peak = base;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    try {
      const r = await svc.importCsv(bytes, { dryRun: false, defaults });
      expect(r).toMatchObject({ imported: 50_000, errors: [] });
    } finally {
      clearInterval(timer);
    }
    const growthMb = (peak - base) / 1024 / 1024;
    console.log(`[csv-import] 50,000 rows: RSS growth ${growthMb.toFixed(0)} MB`);
    expect(growthMb).toBeLessThan(400);
    expect(await db.prisma.complianceCase.count({ where: { subject: { startsWith: 'M' } } })).toBe(50_000);
  }, 600_000);
});
