import type { CsvRole, ListingRules } from './rules.js';

/**
 * A listing pasted as CSV rows (a backend export or a spreadsheet): a header row whose cells name a price column and a
 * product or variant column (rules/listing/csv.yaml), then data rows, with comma, semicolon or tab cells, quoted or not.
 * Returns the listings the rows hold, each written as the fields the parser reads ("Title: ...", "Price: US$0.50 /
 * Piece", "MOQ: 100 Piece", "SKU: ..."): rows of one product (one title) are one listing whose variants are its SKUs;
 * rows of different products are a catalogue, one listing each. Null when the paste is not such a table.
 */
export function csvListings(text: string, rules: ListingRules): string[] | null {
  const role = rules.csvRole;
  if (!role) return null;
  const head = text.slice(0, 2000);
  const nl = head.indexOf('\n');
  if (nl < 0) return null;
  const first = head.slice(0, nl);
  // A header row is short and holds no amounts ("US$1,200.00 - 1,500.00" on a first line is no header).
  if (first.length > 400 || /[$¥€￥]/.test(first)) return null;
  const delim = pickDelimiter(first);
  if (!delim) return null;
  // The header first, on its own: most pastes with commas on their first line are no table, and stop here.
  const header = parseRows(first, delim)[0] ?? [];
  // Header cells are short names, not data: no amounts, no long text.
  if (header.length < 3 || header.some((h) => h.length > 40 || /\d[.,]\d/.test(h))) return null;
  const roles = header.map((h) => role(h));
  const at = (r: CsvRole) => roles.indexOf(r);
  const hasPrice = at('price') >= 0 || at('priceMin') >= 0;
  if (!hasPrice || (at('title') < 0 && at('variant') < 0)) return null;
  const rows = parseRows(text.length > 200_000 ? text.slice(0, 200_000) : text, delim);
  if (rows.length < 2) return null;
  const currency = currencyOfHeader(header[at('price') >= 0 ? at('price') : at('priceMin')]!);
  const data = rows.slice(1).filter((r) => r.length >= 2 && r.some((c) => c.trim()));
  if (!data.length) return null;
  const cell = (r: string[], x: CsvRole) => (at(x) >= 0 ? (r[at(x)] ?? '').trim() : '');
  const amount = (v: string) => (/^[\d,]*\.?\d+$/.test(v.replace(/\s/g, '')) ? `${currency}${v.replace(/\s/g, '')}` : v);
  // No row with a number in its price cell: a table of something else.
  if (!data.some((r) => /\d/.test(cell(r, 'price') || cell(r, 'priceMin')))) return null;

  const groups = new Map<string, string[][]>();
  for (const r of data) {
    const key = cell(r, 'title').toLowerCase();
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const out: string[] = [];
  for (const [, g] of groups) {
    const r0 = g[0]!;
    const unit = unitCell(cell(r0, 'unit'));
    const per = unit ? ` / ${unit}` : '';
    const lines: string[] = [];
    const title = cell(r0, 'title');
    if (title) lines.push(`Title: ${title}`);
    const priceOf = (r: string[]) => {
      const lo = cell(r, 'priceMin') || cell(r, 'price');
      const hi = cell(r, 'priceMax');
      return hi && hi !== lo ? `${amount(lo)} - ${amount(hi)}` : amount(lo);
    };
    if (g.length === 1 || at('variant') < 0) {
      lines.push(`Price: ${priceOf(r0)}${per}`);
      if (g.length > 1) lines.push(`SKU: ${g.map((r) => `${cell(r, 'id') || '?'} ${priceOf(r)}`).join(' | ')}`);
      else if (cell(r0, 'variant')) lines.push(`Variant: ${cell(r0, 'variant')}`);
    } else {
      lines.push(`SKU: ${g.map((r) => `${(cell(r, 'variant') || cell(r, 'id') || '?').replace(/[|;；]/g, ' ')} ${priceOf(r)}`).join(' | ')}`);
    }
    const moq = cell(r0, 'moq');
    if (moq) lines.push(`MOQ: ${/^[\d,.]+$/.test(moq) && unit ? `${moq} ${unit}` : moq}`);
    const ship = cell(r0, 'shipping');
    if (ship) lines.push(`Shipping: ${amount(ship)}`);
    const tiers = cell(r0, 'tiers');
    if (tiers) lines.push(`Tiers: ${tiers}`);
    // Other columns (lead time, notes) as "Header: value" lines: a note can say what the price or MOQ really is.
    header.forEach((h, k) => {
      if (roles[k] === null && (r0[k] ?? '').trim()) lines.push(`${h.trim()}: ${r0[k]!.trim()}`);
    });
    out.push(lines.join('\n'));
  }
  return out;
}

/** The delimiter of a header row: the one of comma, semicolon or tab that splits it into the most cells (at least 3). */
function pickDelimiter(line: string): string | null {
  let best: string | null = null;
  let bestN = 2;
  for (const d of ['\t', ';', ',', '，']) {
    const n = line.split(d).length;
    if (n > bestN) {
      best = d;
      bestN = n;
    }
  }
  return best;
}

/** RFC 4180-style rows: quoted cells may hold the delimiter, doubled quotes and line breaks; an open quote ends at the text's end. */
function parseRows(text: string, delim: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cellText = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cellText += '"';
          i++;
        } else quoted = false;
      } else cellText += c;
      continue;
    }
    if (c === '"' && !cellText.trim()) {
      quoted = true;
      cellText = '';
    } else if (c === delim) {
      row.push(cellText);
      cellText = '';
    } else if (c === '\n') {
      row.push(cellText.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cellText = '';
    } else cellText += c;
  }
  if (cellText || row.length) {
    row.push(cellText);
    rows.push(row);
  }
  return rows;
}

function currencyOfHeader(h: string): string {
  if (/rmb|cny|人民币|元|¥|￥/i.test(h)) return '¥';
  if (/eur|€/i.test(h)) return '€';
  return 'US$';
}

/** "Bag (450g)" is a bag: the unit is the cell's first word. */
function unitCell(v: string): string {
  return v.replace(/\s*[(（].*$/, '').trim();
}
