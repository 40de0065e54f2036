import { runCli } from './helpers/spawn-haili.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `haili listing --csv`: a catalogue export that gives the price's unit and the MOQ's unit in columns of their own
 * (unit / price_unit / 计价单位, moq_unit / 起订单位) and prices as bare amounts is read with those units, so a device
 * priced per gram and paper cups with an MOQ in tons are found; a consistent row passes.
 */
const run = (args: string[]) => runCli(args, {});

describe('listing --csv unit columns', () => {
  it('reads the units of bare prices and MOQs from their columns', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'listing-csv-units-'));
    const file = path.join(dir, 'catalogue.csv');
    writeFileSync(
      file,
      ['id,title,price,price_unit,moq,moq_unit', 'U1,Wireless Bluetooth Headphones Over Ear,0.04,gram,300,gram', 'U2,一次性 塑料杯 12oz,0.015-0.02,个,2,吨', 'U3,Ceramic Coffee Mug 350ml,1.20,piece,500,piece'].join('\n'),
    );
    const r = run(['listing', '--csv', file, '--json']);
    const report = JSON.parse(r.stdout);
    const byId = Object.fromEntries(report.products.map((p: { id: string }) => [p.id, p]));
    expect(byId.U1.kinds).toContain('price_unit');
    expect(byId.U2.kinds).toEqual(['moq']);
    expect(byId.U3.verdict).toBe('ok');
    expect(r.status).toBe(4);
  });
});
