import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { decodeCsvText } from '../reminders/csv-decode.js';
import { z } from 'zod';
import { args, UsageError } from './main.js';
import { argumentsOrStdin, processJsonl } from './jsonl.js';
import { createListingChecker, KIND_LABEL, loadListingRules, type ListingChecker, type ListingResult, type ListingRules } from '../listing/index.js';

const HELP = `haili listing: check a product listing for false price, MOQ, SKU and shipping information

Usage:
  haili listing "text copied from the product page or the backend edit form"
  pbpaste | haili listing                 (reads the listing from stdin)
  haili listing --jsonl < listings.jsonl  (lines {"id": string, "text": string})
  haili listing --csv catalogue.csv       (a catalogue export; columns below)

Options:
  --jsonl        batch mode: one line {"id","fake","verdict","findings":[{"kind","detail","clause"}]} per input line;
                 a malformed line gives {"id":null,"error":...} and the batch goes on
  --csv FILE     check every product of a catalogue export and print which are at risk and why
  --json         print the full result as JSON (single listing, or with --csv)
  --explain      also print the numbers read from the listing (tiers, SKUs, MOQ, shipping)
  --rules DIR    thresholds and clauses from DIR instead of rules/listing

CSV columns: a header row is required. Each header cell is read by the column roles of rules/listing/csv.yaml
(case-insensitive patterns, Chinese or English; the same names a pasted table is read by), for example:
  id | product_id | 商品ID            product id (optional; the row number otherwise)
  title | name | 商品名称             product name
  text | listing | 商品信息            the whole listing as pasted (if given, the columns below are optional)
  price | price_usd | 价格区间          headline price or range, e.g. "$0.23 - $4.92" (or price_min and price_max)
  tiers | ladder | 阶梯价              tiers, e.g. "100-999 pcs $1.20; >=1000 pcs $1.00"
  moq | min_order | 最小起订量          e.g. "100 Pieces"
  unit | price_unit | 计价单位          the unit of a bare price (and of a bare MOQ), e.g. "piece", "kg"
  moq_unit | 起订单位                  the unit of a bare MOQ when it differs, e.g. "ton"
  skus | sku_prices | SKU规格与价格      SKUs, e.g. "Black $3.20; Thank you card $0.01" (a bare "sku" column is an id)
  shipping | freight | 运费            e.g. "$45.00" or "estimated $3,600"
  sample | sample_price | 样品          e.g. "$5.00/Piece"
Other columns (lead time, notes) are read as "Header: value" lines of the listing.
A row that has neither text nor any price column is reported as a bad row; the others are still checked.

Exit codes: 0 ok, 1 error, 2 usage, 4 risk (single listing); with --jsonl or --csv: 0 all lines read, 3 some rejected,
and 4 when any product is at risk (--csv).`;

const jsonlLine = z.object({ id: z.string(), text: z.string() });

export async function runListing(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, {
    jsonl: { type: 'boolean' },
    csv: { type: 'string' },
    json: { type: 'boolean' },
    explain: { type: 'boolean' },
    rules: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const checker = createListingChecker(values.rules ? { rulesDir: values.rules } : undefined);

  if (values.jsonl) {
    const rejected = await processJsonl(jsonlLine, '{"id": string, "text": string}', async (line) => {
      const r = checker.check(line.text);
      return {
        id: line.id,
        fake: r.fake,
        verdict: r.verdict,
        findings: r.findings.map((f) => ({ kind: f.kind, detail: f.detail, clause: f.clause })),
        ...(r.status !== 'checked' ? { status: r.status, note: r.notes[0] } : {}),
        ...(values.explain ? { evidence: r.findings.map((f) => f.evidence), parsed: checker.parse(line.text) } : {}),
      };
    });
    return rejected ? 3 : 0;
  }

  if (values.csv !== undefined) return runCsv(checker, loadListingRules(values.rules), values.csv, Boolean(values.json));

  const text = await argumentsOrStdin(positionals);
  if (!text.trim()) throw new UsageError('give a listing to check: haili listing "text" (or pipe it on stdin)');
  const result = checker.check(text);
  if (values.json) process.stdout.write(JSON.stringify(values.explain ? { ...result, parsed: checker.parse(text) } : result, null, 2) + '\n');
  else {
    process.stdout.write(renderListing(result));
    if (values.explain) process.stdout.write(JSON.stringify(checker.parse(text), (k, v) => (k === 'usd' ? undefined : v), 2) + '\n');
  }
  if (result.status === 'rejected') return 1;
  return result.verdict === 'risk' ? 4 : 0;
}

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);

/** Readable terminal output: verdict, each finding with its numbers, the quoted clause and the fix. */
export function renderListing(r: ListingResult): string {
  const zh = r.lang === 'zh';
  const lines: string[] = [];
  if (r.status !== 'checked') lines.push(paint('1;33', zh ? '无法检查' : 'NOT CHECKED'));
  else lines.push(r.verdict === 'risk' ? paint('1;31', zh ? '有风险' : 'RISK') : paint('1;32', zh ? '未发现问题' : 'OK'));
  for (const f of r.findings) {
    const label = KIND_LABEL[f.kind][zh ? 0 : 1];
    lines.push('', `• ${label} (${f.kind})`, `  ${f.detail}`, `  ${zh ? '政策' : 'Policy'}: 「${f.clause}」${zh ? '' : ` (${f.clauseEn})`}`, `  ${zh ? '修改' : 'Fix'}: ${f.fix}`);
  }
  if (r.notes.length) lines.push('', ...r.notes.map((n) => `  ${n}`));
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// --csv: a catalogue export, one product per row

// Each header cell's role comes from rules/listing/csv.yaml (the roles a pasted table is read by), so a column name is
// written once. The row fields below are the roles this command writes into a listing; the others are kept as lines.
type RowField = 'id' | 'title' | 'variant' | 'text' | 'price' | 'priceMin' | 'priceMax' | 'tiers' | 'moq' | 'unit' | 'moqUnit' | 'skus' | 'shipping' | 'sample';
const ROW_FIELDS: ReadonlySet<string> = new Set<RowField>(['id', 'title', 'variant', 'text', 'price', 'priceMin', 'priceMax', 'tiers', 'moq', 'unit', 'moqUnit', 'skus', 'shipping', 'sample']);
/** The roles that hold something to check: a row with none of them is a bad row. */
const PRICED: RowField[] = ['text', 'price', 'priceMin', 'priceMax', 'tiers', 'skus', 'shipping'];

/** One catalogue row as the listing text the checker reads (backend field layout, one field per line). */
function rowText(row: Partial<Record<RowField, string>>, extra: string[], zh: boolean): string {
  if (row.text?.trim()) return row.text;
  const label = (en: string, cn: string) => (zh ? cn : en);
  // Price columns written as a low and a high amount ("price_min", "最高价") are one range.
  if (!row.price && (row.priceMin || row.priceMax)) row = { ...row, price: [row.priceMin, row.priceMax].filter(Boolean).join(' - ') };
  return [
    row.title && `${label('Product name', '商品名称')}: ${row.title}`,
    row.variant && `${label('Variant', '规格')}: ${row.variant}`,
    // A unit column names the unit of a bare price and, without its own moq_unit column, of a bare MOQ.
    // A bare amount ("0.85", "0.012-0.018") is in US dollars, as catalogue exports write it.
    row.price && `${label('Price range', '价格区间')}: ${/^\s*\d[\d,]*(?:\.\d+)?(?:\s*[-~]\s*\d[\d,]*(?:\.\d+)?)?\s*$/.test(row.price) ? `US$${row.price.trim().replace(/\s*[-~]\s*/, ' - US$')}` : row.price}${row.unit?.trim() && !/[/／]|per\s/i.test(row.price) ? ` / ${row.unit.trim()}` : ''}`,
    row.tiers && `${label('Tier prices', '阶梯价')}: ${row.tiers}`,
    row.moq && `${label('MOQ', '最小起订量')}: ${row.moq}${/^[\d,.\s]+$/.test(row.moq) && (row.moqUnit?.trim() || row.unit?.trim()) ? ` ${(row.moqUnit?.trim() || row.unit!.trim())}` : ''}`,
    row.skus && `${label('SKU', 'SKU 规格与价格')}: ${row.skus}`,
    row.shipping && `${label('Shipping', '运费')}: ${row.shipping}`,
    row.sample && `${label('Samples', '样品')}: ${row.sample}`,
    ...extra,
  ]
    .filter(Boolean)
    .join('\n');
}

function runCsv(checker: ListingChecker, rules: ListingRules, file: string, json: boolean): number {
  const csvRole = rules.csvRole;
  if (!csvRole) throw new UsageError('the listing rules have no csv.yaml, so catalogue columns cannot be read; see rules/listing/csv.yaml.');
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  // Excel on Chinese Windows saves "CSV" as GBK; UTF-16 and UTF-8 with or without a BOM are read the same way.
  const decoded = decodeCsvText(raw);
  if ('error' in decoded) throw new UsageError(`${file}: ${decoded.error}; nothing was checked.`);
  const content = decoded.text;
  // Rows are read one by one (relax_column_count) so one bad row is reported without losing the others.
  let records: string[][];
  try {
    records = parseCsv(content, { relax_column_count: true, skip_empty_lines: true, relax_quotes: true, bom: true }) as string[][];
  } catch (err) {
    throw new UsageError(`${file} is not readable CSV: ${(err as Error).message}`);
  }
  if (!records.length) throw new UsageError(`${file} is empty`);
  const header = records[0]!.map((h) => h.trim());
  // A column's role by its header (csv.yaml); the first column of a role is its field, a later one (a second MOQ, a
  // remark the rules call 'other') and columns no role names (lead time, notes) are kept as "Header: value" lines.
  const colOf = new Map<number, RowField>();
  header.forEach((h, i) => {
    const role = csvRole(h);
    if (role && ROW_FIELDS.has(role) && ![...colOf.values()].includes(role as RowField)) colOf.set(i, role as RowField);
  });
  const known = new Set(colOf.values());
  if (!PRICED.some((k) => known.has(k))) {
    throw new UsageError(`${file}: no listing columns found in the header (${header.join(', ')}). Expected "text", or a price, tiers, SKUs or shipping column (names in rules/listing/csv.yaml); see haili listing --help.`);
  }
  type Out = { row: number; id: string; title?: string; verdict?: string; kinds?: string[]; findings?: { kind: string; detail: string; fix: string }[]; error?: string };
  const out: Out[] = [];
  let atRisk = 0;
  let bad = 0;
  for (let i = 1; i < records.length; i++) {
    const cells = records[i]!;
    const row: Partial<Record<RowField, string>> = {};
    const extra: string[] = [];
    cells.forEach((c, j) => {
      const key = colOf.get(j);
      if (key) row[key] = (c ?? '').trim();
      else if (header[j] && (c ?? '').trim()) extra.push(`${header[j]}: ${c.trim()}`);
    });
    const id = row.id || `row ${i + 1}`;
    if (cells.length > header.length) {
      bad++;
      out.push({ row: i + 1, id, error: `has ${cells.length} cells, the header has ${header.length} (an unquoted comma?)` });
      continue;
    }
    const zh = /\p{Script=Han}/u.test(Object.values(row).join(''));
    const text = rowText(row, extra, zh);
    if (!text.trim() || !PRICED.some((k) => row[k])) {
      bad++;
      out.push({ row: i + 1, id, error: 'no listing text and no price, tiers, SKUs or shipping' });
      continue;
    }
    const r = checker.check(text);
    if (r.status !== 'checked') {
      bad++;
      out.push({ row: i + 1, id, title: row.title, error: r.notes[0] ?? r.status });
      continue;
    }
    if (r.verdict === 'risk') atRisk++;
    out.push({ row: i + 1, id, title: row.title, verdict: r.verdict, kinds: r.findings.map((f) => f.kind), findings: r.findings.map((f) => ({ kind: f.kind, detail: f.detail, fix: f.fix })) });
  }
  const checked = out.filter((o) => o.verdict).length;
  if (json) process.stdout.write(JSON.stringify({ file, checked, atRisk, badRows: bad, products: out }, null, 2) + '\n');
  else {
    const lines = [`${file}: ${checked} product${checked === 1 ? '' : 's'} checked, ${atRisk} at risk${bad ? `, ${bad} bad row${bad === 1 ? '' : 's'}` : ''}`];
    for (const o of out) {
      if (o.error) lines.push(`  ${paint('1;33', 'BAD ROW')} ${o.row} (${o.id}): ${o.error}`);
      else if (o.verdict === 'risk') {
        lines.push(`  ${paint('1;31', 'RISK')} ${o.id}${o.title ? ` ${o.title.slice(0, 60)}` : ''}: ${o.kinds!.join(', ')}`);
        for (const f of o.findings!) lines.push(`      ${f.detail}`, `      → ${f.fix}`);
      }
    }
    if (checked - atRisk > 0) lines.push(`  ${checked - atRisk} product${checked - atRisk === 1 ? '' : 's'} OK`);
    process.stdout.write(lines.join('\n') + '\n');
  }
  return atRisk ? 4 : bad ? 3 : 0;
}
