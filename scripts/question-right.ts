/**
 * Whether an answer gets a blind question right, as the routing evals score it: an unanswerable question declined; an
 * answerable one answered (not declined) with every fact (one of its "|" alternatives, case and spaces ignored) and,
 * for a yes/no question, a lead of the labelled polarity. Shared by scripts/eval-route.ts and
 * scripts/compare-route-faq.ts, so the router and the FAQ asked directly are judged by one rule.
 */
const squash = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
export const hasFact = (answer: string, fact: string) => fact.split('|').some((alt) => squash(answer).includes(squash(alt)));
const YES = /^(yes|yep|是|是的|可以|能|会|对|需要|要)/i;
const NO = /^(no|not|否|不|没有|无需|不能|不可以|不会|不需要)/i;
const lead = (s: string) => s.replace(/^[\s*_>#【\[]+/, '').replace(/^(答|answer)[:：]\s*/i, '');

export interface QuestionLabels {
  answerable: boolean | null;
  facts: string[];
  polarity: 'yes' | 'no' | null;
}

export function questionRight(r: QuestionLabels, text: string, declined: boolean): boolean {
  if (r.answerable === false) return declined;
  return !declined && r.facts.every((f) => hasFact(text, f)) && (r.polarity === null || (r.polarity === 'yes' ? YES : NO).test(lead(text)));
}
