import { digitRuns, draftViews, type DigitRun, type View } from './normalize.js';
import type { LiteralScanner } from './literals.js';
import type { LeakCategory } from './index.js';

/** A recognizer's output before verdict and rewrite; offsets are into the original text. */
export interface RawFinding {
  category: LeakCategory;
  start: number;
  end: number;
  rule: string;
  score: number;
  reason: { zh: string; en: string };
  clauseId: string;
}

// Gate answers by gate source, each marked with the draft it was computed for: a Map per draft (about sixty gates,
// rehashed as it grew) was the largest allocation of a check. A slot from another draft is simply recomputed.
let draftSerial = 0;
/** The answer slot of one gate source, shared by every rule with that gate. */
export interface GateSlot {
  serial: number;
  hit: boolean;
}
const gateAnswers = new Map<string, GateSlot>();
/** The slot of a gate source, looked up once when a rule is built rather than once per rule and draft. */
export function gateSlot(key: string): GateSlot {
  let slot = gateAnswers.get(key);
  if (!slot) gateAnswers.set(key, (slot = { serial: 0, hit: false }));
  return slot;
}

/** Views of one draft, computed once and shared by every recognizer. */
export class DraftContext {
  readonly t: View;
  readonly c: View;
  private runsCache: DigitRun[] | null = null;
  private breaks: number[] | null = null;
  private memo: Map<string, unknown> | null = null;
  /** Tells this draft's gate answers from an earlier draft's in the shared table below. */
  private readonly serial = ++draftSerial;
  /**
   * Numbers the phone rule read as an order, model, shipment or certificate number by their label (in any of the
   * buyers' languages): a feature the classifier weighs against a leak, so a phone-shaped order number does not warn.
   */
  labelledNumbers = 0;
  /** Where those numbers are (original offsets): the classifier reads the draft without their phone-like shape. */
  readonly labelledSpans: Array<{ start: number; end: number }> = [];
  /** The draft talks about an order step (shipping, consignee, customs, in any of the rules' languages). */
  orderTalk = false;
  /** The draft declines or keeps the talk on the platform (the quote rules' decline words and INTL_STAY). */
  declines = false;
  /** App names the messenger rule read as a product feature (preinstalled, notifications, printed on the goods). */
  appFeatures = 0;
  /** App names the messenger rule read as ruled out: negated ("not on WhatsApp/WeChat"), declined or warned against. */
  appRefused = 0;
  /** Offers to send or show something in this chat (rules/detection SEND_HERE), blanked for the classifier. */
  sentHere = 0;

  constructor(readonly text: string) {
    ({ t: this.t, c: this.c } = draftViews(text));
  }

  /**
   * Whether the compact view contains a gate regex, cached because several rules share a gate. `hits` (the
   * compact view's literal scan) is handed to the test rather than bound in a closure: under tsx every closure
   * made per call also pays for a naming helper.
   */
  gate(slot: GateSlot, re: { test(s: string, hits: Uint8Array): boolean }, hits: Uint8Array): boolean {
    if (slot.serial !== this.serial) {
      slot.hit = re.test(this.c.s, hits);
      slot.serial = this.serial;
    }
    return slot.hit;
  }

  /**
   * Which of the scanner's literals occur in the text ('t') or compact ('c') view; one scan per view and draft (the
   * scanner keeps the last draft's answer, and scans again only if another draft came in between).
   */
  literalHits(view: 't' | 'c', scanner: LiteralScanner): Uint8Array {
    return scanner.hitsOf(view === 't' ? this.t : this.c);
  }

  /** A per-draft value computed at most once, for facts several findings may need (e.g. inferred regions). */
  once<T>(key: string, fn: () => T): T {
    this.memo ??= new Map();
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = fn();
    this.memo.set(key, v);
    return v;
  }

  get runs(): DigitRun[] {
    return (this.runsCache ??= digitRuns(this.t));
  }

  /** First text-view index whose original offset is at or after `orig`. */
  tIndexAt(orig: number): number {
    const st = this.t.st;
    let lo = 0;
    let hi = st.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (st[mid]! < orig) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Bounds [start, end) of the compact-view sentence holding [a, b). */
  sentence(a: number, b: number): [number, number] {
    if (!this.breaks) {
      this.breaks = [];
      const s = this.c.s;
      for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) this.breaks.push(i);
    }
    const br = this.breaks;
    let lo = 0;
    let hi = br.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (br[mid]! < a) lo = mid + 1;
      else hi = mid;
    }
    const start = lo > 0 ? br[lo - 1]! + 1 : 0;
    let k = lo;
    while (k < br.length && br[k]! < b) k++;
    const end = k < br.length ? br[k]! : this.c.s.length;
    return [start, end];
  }
}

export type Recognizer = (ctx: DraftContext) => RawFinding[];

/** One regex built from a list of alternatives, or null when the list is empty. */
export function anyOf(list: string[], lexicon: Record<string, string>, expandFn: (s: string, l: Record<string, string>) => string, flags = ''): RegExp | null {
  if (list.length === 0) return null;
  return new RegExp(`(?:${list.map((s) => expandFn(s, lexicon)).join('|')})`, flags);
}
