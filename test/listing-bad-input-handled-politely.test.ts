import { runCli } from './helpers/spawn-haili.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createListingChecker, listingResultToReply, MAX_LISTING_CHARS } from '../src/listing/index.js';

const checker = createListingChecker();
const run = (args: string[], input = '') => runCli(args, {}, input);

describe('bad input to the listing check', () => {
  it('an empty paste gets a polite note, not a verdict of risk', () => {
    for (const text of ['', '   \n\t ']) {
      const r = checker.check(text);
      expect(r).toMatchObject({ verdict: 'ok', status: 'no_listing', findings: [] });
      expect(listingResultToReply(r, text).text).toMatch(/empty|空/);
    }
  });

  it('binary data is rejected politely', () => {
    const bytes = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)).toString('utf8');
    const r = checker.check(bytes);
    expect(r.status).toBe('rejected');
    expect(r.notes[0]).toMatch(/binary|二进制/);
  });

  it('text without prices says so', () => {
    const r = checker.check('Hello, is this product available in blue?');
    expect(r.status).toBe('no_listing');
    expect(r.notes[0]).toMatch(/No prices found/);
  });

  it('a 1 MB paste is checked (on its first megabyte) without choking, and a bait tier inside it is still found', () => {
    const filler = 'Premium quality, fast dispatch, OEM welcome. 100% tested before shipping.\n';
    const text = '阶梯价：1-99件 $2.00；≥100件 $0.01\n' + filler.repeat(Math.ceil((MAX_LISTING_CHARS + 50_000) / filler.length));
    const r = checker.check(text);
    expect(r.findings.map((f) => f.kind)).toEqual(['price_ladder']);
    expect(r.notes.join(' ')).toMatch(/only its beginning was checked|只检查了前面部分/);
  });

  it('a single 1 MB line of digits and symbols does not hang the parser', () => {
    const r = checker.check('$'.repeat(200_000) + '9'.repeat(400_000) + '-'.repeat(400_000));
    expect(['no_listing', 'checked']).toContain(r.status);
  });
});

describe('haili listing on the command line', () => {
  it('exits 4 on a risky listing and 0 on a clean one', () => {
    expect(run(['listing', '阶梯价：1-99件 $2.00；≥100件 $0.01']).status).toBe(4);
    const ok = run(['listing', '阶梯价：1-99件 $2.00；≥100件 $1.80']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/未发现问题/);
    expect(run(['listing']).status).toBe(2);
  });

  it('--jsonl writes one line per input line and survives malformed lines', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Earbuds\n1 - 99 Pieces\t>=100 Pieces\n$18.00\t$0.99' }),
      '{not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: 'Water Bottle\n100 - 499 Pieces\t>=500 Pieces\n$3.20\t$2.85' }),
      JSON.stringify({ id: 'd', text: '' }),
    ].join('\n');
    const r = run(['listing', '--jsonl'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: 'a', fake: true, verdict: 'risk' });
    expect(Object.keys(lines[0].findings[0]).sort()).toEqual(['clause', 'detail', 'kind']);
    expect(lines[0].findings[0].kind).toBe('price_ladder');
    expect(lines[1]).toMatchObject({ id: null });
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2]).toMatchObject({ id: null });
    expect(lines[3]).toMatchObject({ id: 'c', fake: false, verdict: 'ok', findings: [] });
    expect(lines[4]).toMatchObject({ id: 'd', fake: false, verdict: 'ok' });
    expect(r.status).toBe(3);
  });

  it('--csv reports products at risk and why, and reports bad rows without losing the others', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'listing-csv-'));
    const file = path.join(dir, 'catalogue.csv');
    writeFileSync(
      file,
      [
        'id,title,price,tiers,moq,skus,shipping',
        'P1,Bread set,$0.01 - $4.92,,2 Pieces,"Basket $4.92; Scraper $0.23; Brush $1.51; Whisk $1.29; Thank you card $0.01",',
        'P2,Bottle,,"100-499 pcs $3.20; >=500 pcs $2.85",100 pcs,,$185',
        'P3,broken,"a,b",x,y,z,w,extra',
        'P4,,,,,,',
        'P5,石英石地砖,,"100-999平方米 $58；≥1000平方米 $52",100 平方米,,"$22,899,929.67"',
      ].join('\n'),
    );
    const r = run(['listing', '--csv', file, '--json']);
    expect(r.status).toBe(4);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ checked: 3, atRisk: 2, badRows: 2 });
    const byId = Object.fromEntries(report.products.map((p: { id: string }) => [p.id, p]));
    expect(byId.P1.kinds).toEqual(['sku_filler']);
    expect(byId.P2.verdict).toBe('ok');
    expect(byId.P3.error).toMatch(/cells/);
    expect(byId.P4.error).toMatch(/no listing text/);
    expect(byId.P5.kinds).toEqual(['shipping']);
    const readable = run(['listing', '--csv', file]);
    expect(readable.stdout).toMatch(/3 products checked, 2 at risk, 2 bad rows/);
  });

  it('--csv reads a GBK export as Chinese, refuses bytes in no known encoding and a missing file, with exit code 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'listing-csv-'));
    const file = path.join(dir, 'gbk.csv');
    // "id,text\n1,阶梯价：1-99件 $2.00；≥100件 $0.01" in GBK, as Excel on Chinese Windows saves it.
    writeFileSync(file, iconv.encode('id,text\n1,阶梯价：1-99件 $2.00；≥100件 $0.01\n', 'gbk'));
    const gbk = run(['listing', '--csv', file, '--json']);
    expect(gbk.stderr).toBe('');
    expect(gbk.stdout).toMatch(/price_ladder/);
    const junk = path.join(dir, 'junk.csv');
    writeFileSync(junk, Buffer.concat([Buffer.from('id,text\n1,'), Buffer.from([0xff, 0x00, 0xfe, 0x80, 0x81, 0x00])]));
    const r = run(['listing', '--csv', junk]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not UTF-8, UTF-16 or GBK/);
    expect(run(['listing', '--csv', path.join(dir, 'nope.csv')]).stderr).toMatch(/no such file/);
  });
});
