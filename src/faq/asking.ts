/**
 * What a question asks, shared by the composer and the yes/no lead: the ask types answered by a figure found in a
 * line, and the clause of the question that holds the ask.
 */

/** Ask types whose answer ends in a figure or a name the line must hold (a date, a length, a price...). */
export const ENDS_IN_EVIDENCE = ['clock', 'day', 'frequency', 'institution', 'howlong', 'when', 'price', 'percent', 'points', 'quantity'] as const;

/** The clause of the question that holds the ask, with the ask words removed; null when nothing is left. */
export function askingClause(question: string, ask: RegExp): string | null {
  const clauses = question.normalize('NFKC').split(/[,;.?!，。；？！、]|\s-\s/).map((c) => c.trim()).filter(Boolean);
  const asking = clauses.find((c) => ask.test(c));
  if (!asking) return null;
  const rest = asking.replace(new RegExp(ask.source, 'gi'), ' ').trim();
  return rest.length ? rest : null;
}
