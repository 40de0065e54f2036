import type { DraftContext } from '../types.js';
import type { ZoneRule } from '../rules.js';

export interface Zone {
  start: number;
  end: number;
  rule: ZoneRule;
}

const compiled = new WeakMap<ZoneRule, { signOff: RegExp | null; label: RegExp | null; marker: RegExp | null }>();
function regexes(rule: ZoneRule) {
  let c = compiled.get(rule);
  if (!c) {
    c = {
      signOff: rule.signOff ? new RegExp(rule.signOff) : null,
      label: rule.labelLine ? new RegExp(rule.labelLine) : null,
      marker: rule.marker ? new RegExp(rule.marker, 'm') : null,
    };
    compiled.set(rule, c);
  }
  return c;
}

/** Original span of text-view [a, b) (a module function: tsx names every closure made per call). */
function orig(ctx: DraftContext, a: number, b: number): [number, number] {
  const t = ctx.t;
  return b > a ? [t.st[a]!, t.en[b - 1]!] : [t.st[a] ?? ctx.text.length, t.st[a] ?? ctx.text.length];
}

/** Signature blocks, "Label: value" contact lines and auto-replies, as original-text spans. */
export function findZones(ctx: DraftContext, rules: ZoneRule[]): Zone[] {
  const zones: Zone[] = [];
  const t = ctx.t;
  const lines: Array<[number, number]> = [];
  for (let a = 0; a <= t.s.length; ) {
    let b = t.s.indexOf('\n', a);
    if (b < 0) b = t.s.length;
    lines.push([a, b]);
    a = b + 1;
  }
  for (const rule of rules) {
    const { signOff, label, marker } = regexes(rule);
    if (marker && marker.test(t.s.slice(0, 2000))) zones.push({ start: 0, end: ctx.text.length, rule });
    // Long drafts: a signature lives near the end; only the last 60 lines are scanned for it.
    const first = Math.max(0, lines.length - 60);
    for (let i = first; i < lines.length; i++) {
      const [a, b] = lines[i]!;
      const line = t.s.slice(a, b);
      if (signOff && signOff.test(line)) {
        zones.push({ start: orig(ctx, a, b)[0], end: ctx.text.length, rule });
        break;
      }
    }
    if (label) {
      for (let i = 0; i < lines.length; i++) {
        const [a, b] = lines[i]!;
        if (label.test(t.s.slice(a, b))) {
          const [s, e] = orig(ctx, a, b);
          zones.push({ start: s, end: e, rule });
        }
      }
    }
  }
  return zones;
}
