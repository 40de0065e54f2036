import { ROOT, runCli } from './helpers/spawn-haili.js';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `haili listing --csv` names its columns through rules/listing/csv.yaml, the same roles a pasted table is read by, so a
 * column name is written once: headers the command never listed on its own ("Product Name", "Unit Price (USD)",
 * "Min. Order", "price_min"/"price_max") are read, an operator's csv.yaml (--rules) renames a column for both, and
 * columns no role names are kept as notes of the row instead of being dropped.
 */

const run = (args: string[]) => runCli(args, {});

describe('listing --csv reads headers by the csv.yaml roles', () => {
  it('reads export-style headers and a price written as min and max columns', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'listing-csv-roles-'));
    const file = path.join(dir, 'export.csv');
    writeFileSync(
      file,
      [
        'Item No.,Product Name,Unit Price (USD),Unit,Min. Order,Remark',
        'A7,Bamboo Toothbrush Soft Bristle,0.18,piece,1000,',
        'A8,Mountain Bike 26 inch Steel Frame,0.02,piece,1,',
        'B1,Steel Wire Rope 6x19 10mm,,,500 meters,',
      ].join('\n') + '\n',
    );
    const report = JSON.parse(run(['listing', '--csv', file, '--json']).stdout);
    const byId = Object.fromEntries(report.products.map((p: { id: string }) => [p.id, p]));
    expect(byId.A7.verdict).toBe('ok');
    expect(byId.A8.verdict).toBe('risk');
    expect(byId.B1.error).toMatch(/no listing text/);

    const range = path.join(dir, 'range.csv');
    writeFileSync(range, 'sku_id,title,price_min,price_max,moq\nH1,Hydraulic Press Brake 100T 3200mm,1,88888,1 set\nH2,Ceramic Coffee Mug 350ml,1.10,1.40,500 pieces\n');
    const r2 = JSON.parse(run(['listing', '--csv', range, '--json']).stdout);
    const byId2 = Object.fromEntries(r2.products.map((p: { id: string }) => [p.id, p]));
    expect(byId2.H1.kinds).toContain('price_range');
    expect(byId2.H2.verdict).toBe('ok');
  });

  it('follows an operator csv.yaml given with --rules', () => {
    const rules = mkdtempSync(path.join(tmpdir(), 'listing-rules-'));
    cpSync(path.join(ROOT, 'rules', 'listing'), rules, { recursive: true });
    const yaml = readFileSync(path.join(rules, 'csv.yaml'), 'utf8').replace('  price: ["', '  price: ["^tarif$|');
    writeFileSync(path.join(rules, 'csv.yaml'), yaml);
    const file = path.join(rules, 'cat.csv');
    writeFileSync(file, 'id,title,tarif,moq\nT1,"Kids Bicycle 16 inch Steel Frame",0.05,1 piece\n');
    const withRules = JSON.parse(run(['listing', '--csv', file, '--json', '--rules', rules]).stdout);
    expect(withRules.products[0].verdict).toBe('risk');
    // Without the operator's file the column is unknown and the header names no price: a usage error.
    const without = run(['listing', '--csv', file]);
    expect(without.status).toBe(2);
    expect(without.stderr).toMatch(/csv\.yaml/);
  });
});
