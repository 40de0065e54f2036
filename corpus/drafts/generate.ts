/**
 * Writes the labelled draft corpus: train.jsonl from template set A, heldout.jsonl from template set B
 * (different phrasings and different disguises), plus hand-written hard cases split by line number.
 * Deterministic: `npx tsx corpus/drafts/generate.ts` always produces the same files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as F from './fillers.js';
import { rng, type Rng } from './rng.js';
import { LEAK_A, LEAK_B, OK_A, OK_B, type Draft, type Slots } from './templates.js';

interface Row { id: string; text: string; label: 'leak' | 'ok'; category?: string; lang: 'en' | 'zh' | 'mixed'; disguised: boolean }

function slots(r: Rng, set: 'A' | 'B', disguise: boolean): Slots & { used: boolean } {
  const phoneD = set === 'A' ? F.PHONE_DISGUISES_A : F.PHONE_DISGUISES_B;
  const nameD = set === 'A' ? F.NAME_DISGUISES_A : F.NAME_DISGUISES_B;
  const mailD = set === 'A' ? F.EMAIL_DISGUISES_A : F.EMAIL_DISGUISES_B;
  const s = {
    r, disguised: disguise, used: false,
    phone() {
      const p = F.phone(r);
      if (disguise && r.chance(0.7)) { s.used = true; return r.pick(phoneD)(p, r); }
      return p;
    },
    cn: () => F.cnMobile(r),
    msg(zh = false) {
      const m = r.pick(zh ? F.MSG_ZH : F.MSG_EN);
      if (disguise && r.chance(0.6)) { s.used = true; return r.pick(nameD)(m, r); }
      return m;
    },
    email() {
      const e = F.email(r);
      if (disguise && r.chance(0.8)) { s.used = true; return r.pick(mailD)(e); }
      return e;
    },
    handle: () => F.handle(r),
    product: () => r.pick(F.PRODUCTS),
    productZh: () => r.pick(F.PRODUCTS_ZH),
    name: () => r.pick(F.NAMES),
    seller: () => r.pick(F.SELLERS),
    n: (lo: number, hi: number) => r.int(lo, hi),
  };
  return s;
}

function build(set: 'A' | 'B', seed: number, nLeak: number, nOk: number): Row[] {
  const r = rng(seed);
  const rows: Row[] = [];
  const seen = new Set<string>();
  const leakT = set === 'A' ? LEAK_A : LEAK_B;
  const okT = set === 'A' ? OK_A : OK_B;
  const add = (d: Draft, label: 'leak' | 'ok', disguised: boolean) => {
    if (seen.has(d.text)) return false;
    seen.add(d.text);
    rows.push({ id: `${set}-${label}-${rows.length}`, text: d.text, label, ...(label === 'leak' ? { category: d.category } : {}), lang: d.lang, disguised });
    return true;
  };
  for (let i = 0, tries = 0; i < nLeak && tries < nLeak * 20; tries++) {
    const s = slots(r, set, r.chance(0.5));
    const d = r.pick(leakT)(s);
    if (add(d, 'leak', s.used)) i++;
  }
  for (let i = 0, tries = 0; i < nOk && tries < nOk * 20; tries++) {
    const s = slots(r, set, false);
    if (add(r.pick(okT)(s), 'ok', false)) i++;
  }
  return rows;
}

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const hand = readFileSync(here('./hand.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
const train = [...build('A', 20220428, 520, 520), ...hand.filter((_, i) => i % 2 === 0)];
const heldout = [...build('B', 19990909, 260, 260), ...hand.filter((_, i) => i % 2 === 1)];
const dump = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(here('./train.jsonl'), dump(train));
writeFileSync(here('./heldout.jsonl'), dump(heldout));
const count = (rows: Row[], label: string) => rows.filter((r) => r.label === label).length;
console.log(`train ${train.length} (leak ${count(train, 'leak')}, ok ${count(train, 'ok')}); heldout ${heldout.length} (leak ${count(heldout, 'leak')}, ok ${count(heldout, 'ok')})`);
