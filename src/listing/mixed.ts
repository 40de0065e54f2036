/**
 * Listings typed by hand in a mixed layout, read into the field lines the parser knows: bullet marks dropped
 * ("• Price: $3", "- MOQ: 2 pcs", "1) 起订量：100"), a label written in both languages kept once ("价格 Price:",
 * "MOQ 起订量:", "价格(Price):"), a price line followed by a remark after a dash split in two, and a run of option lines
 * that each hold a name and a price ("黑色：US$12.50", "S $16.50 | M $16.50", "Hanger only $0.02") joined into one
 * "SKU:" line. Line by line, linear in the paste.
 */

const BULLET = /^([ \t]*)(?:[•·▪◦●○◆◇■□►▸▶✓✔☑➤→*]|[-–—](?=[ \t]+(?:[\p{L}≥>＞]|[^\n]*[:：]))|\d{1,2}[.)、](?=[ \t]*[\p{L}])|[①-⑳])[ \t]*/u;
// A label in one language then the other, before the colon: the first is kept.
const TWO_LABELS = /^([ \t]*)(?:(\p{Script=Han}[\p{Script=Han}]{0,7})\s*[(（/ ]?\s*[A-Za-z][A-Za-z. ]{0,24}?|([A-Za-z][A-Za-z. ]{0,24}?)\s*[(（/ ]?\s*\p{Script=Han}[\p{Script=Han}]{0,7})\s*[)）]?\s*([:：])/u;
const QUALIFIER = /^(?:其它|其他|其余|另外|全部|所有)$/u;
const CUR = String.raw`(?:US\s?\$|USD\s?\$?|\$|¥|￥|RMB\s?|€|EUR\s?)`;
const AMT = String.raw`\d[\d,]*(?:\.\d+)?`;
// "$8.00/pc — container price only": the price, then a remark.
const PRICE_THEN_REMARK = new RegExp(String.raw`^([ \t]*${CUR}\s?${AMT}(?:\s*[-~]\s*${CUR}?\s?${AMT})?\s*(?:\/\s*[\p{L}]+)?)(?:\s*[—–]|\s+-)\s+(?!(?:US|USD|RMB|CNY|EUR|HK)\b|[$¥€￥\d])(?=[\p{L}(（])`, 'u');
// One option with its price: a name (letters), an optional colon, an amount with its currency, an optional unit.
const OPTION = new RegExp(String.raw`^\s*([^:：|;；$¥€￥\d\s·•][^:：|;；$¥€￥·•]{0,40}?)\s*[:：]?\s*${CUR}\s?(${AMT})\s*(?:\/\s*[\p{L}]{1,8})?\s*$`, 'u');
const CUR_HINT = /US|\$|¥|￥|RMB|€|EUR/;
// Labels that name a field of the listing, not an option: their lines stay as they are.
const FIELD_LABEL = /price|cost|fee|total|sample|shipping|freight|postage|delivery|moq|order|tier|discount|coupon|subtotal|value|deposit|tax|duty|fob|exw|cif|ddp|was|now|from|save|off|only$|价|费|样|起订|起批|合计|货值|小计|优惠|总|运|邮|折|定金|订金|税/i;

// A line that introduces a block: a label with nothing after its colon, or a SKU table's heading.
const HEADING = /^[^:：\d$¥€]{1,40}[:：]\s*$|^\s*(?:sku|规格|variations?|options?|colou?rs?|sizes?)[^:：\d$¥€]{0,20}$/i;
// "运费模板：自定义", "Shipping to:", "Freight (by destination):" with no amount: the lines under it, each a destination or a
// carrier with its fee ("美国：US $985 / 台"), are the freight table, not the product's options.
const FREIGHT_HEADING = /^\s*(?:预估|预计)?(?:运费模板|运费设置|运费|邮费设置|邮费|物流设置|物流|配送设置|配送至|发往|shipping(?:\s+(?:fee|cost|template|rates?|settings?|to))?|ships?\s+to|freight(?:\s+to)?|delivery(?:\s+to)?)[^$¥€￥\d]{0,24}[:：][^$¥€￥\d]{0,30}$/i;

function optionsOf(line: string, inRun: boolean, bulleted: boolean): { name: string; price: string }[] | null {
  const parts = line.split(/\s*[|;；]\s*/).filter((p) => p.trim());
  const out: { name: string; price: string }[] = [];
  for (const p of parts) {
    const m = OPTION.exec(p);
    // A name that is a quantity ("2-49条", "≥500 pcs") makes the line a price tier, not an option.
    // A name holding an amount or a currency code, or a tab, is a row of a price table, not an option.
    if (!m || FIELD_LABEL.test(m[1]!) || /\t|\b(?:US|USD|RMB|CNY|EUR|HK)\b|\d\.\d+\s*$/.test(m[1]!) || !/[\p{L}]/u.test(m[1]!) || /^[≥>＞<≤]|^\d/.test(m[1]!.trim())) return null;
    const cur = /^\s*[^$¥€￥]*?(US\s?\$|USD|\$|¥|￥|RMB|€|EUR)/.exec(p)?.[1] ?? 'US$';
    out.push({ name: m[1]!.trim(), price: `${cur === '$' ? 'US$' : cur}${m[2]}` });
  }
  // An option line says so: a bullet, a colon after the name, several options on the line, or a line following such
  // a line of several options; a bare "name $price" line is left to the parser's own reading of option rows.
  if (!out.length || !(bulleted || /[:：]/.test(line) || out.length > 1 || inRun)) return null;
  return out;
}

export function mixedFields(text: string): string {
  // Cheap gate: only pastes with bullets, two-language labels, dash remarks or option lines change.
  const lines = text.split('\n');
  // A paste on one or two lines (a chat box that dropped the breaks) has no layout of lines to read.
  let filled = 0;
  for (let k = 0; k < lines.length && filled < 3; k++) if (lines[k]!.trim()) filled++;
  if (filled < 3) return text;
  const out: string[] = [];
  let run: { name: string; price: string }[] = [];
  let runLines: string[] = [];
  // Under a heading ("Variations:", "SKU规格与价格") the parser reads option lines as a block already: only a line
  // holding several options is joined there.
  let underHeading = false;
  let underFreight = false;
  let several = false;
  const flush = () => {
    // (no run: nothing to write)
    if (!run.length) {
      several = false;
      return;
    }
    // Two or more options in a run (or on one line) are the SKUs; a single one stays as written.
    if (run.length >= 2 && !underFreight && (!underHeading || several)) out.push(`SKU: ${run.map((o) => `${o.name} ${o.price}`).join(' | ')}`);
    else out.push(...runLines);
    run = [];
    runLines = [];
    several = false;
  };
  for (const raw of lines) {
    let line = raw.replace(BULLET, '$1');
    const bulleted = line !== raw;
    // (both patterns need a colon, or a currency: lines without are left as they are without running them)
    // ("其它SKU：" is one label, the other SKUs: a qualifier is no label of its own)
    if (line.includes(':') || line.includes('：')) line = line.replace(TWO_LABELS, (all: string, sp: string, zh?: string, en?: string, colon?: string) => (zh && QUALIFIER.test(zh) ? all : `${sp}${zh ?? en}${colon}`));
    const priced = CUR_HINT.test(line);
    const split = priced ? PRICE_THEN_REMARK.exec(line) : null;
    if (split) line = `${split[1]}\n${line.slice(split[0].length)}`;
    // An option holds a currency (OPTION's CUR): a line with none is none, read without splitting it.
    const opts = split || !priced ? null : optionsOf(line, several, bulleted);
    if (opts) {
      if (opts.length > 1) several = true;
      run.push(...opts);
      runLines.push(line);
      continue;
    }
    flush();
    out.push(line);
    underHeading = HEADING.test(line);
    // (its rows, indented under it, keep the table open: "智利 Chile：DHL 2kg 首重 US $58.00" is one of them)
    underFreight = FREIGHT_HEADING.test(line) || (underFreight && /^[ \t]+\S/.test(raw));
  }
  flush();
  return out.join('\n');
}
