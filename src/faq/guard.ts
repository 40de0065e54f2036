/** Input checks that run before retrieval: empty, oversized, contentless, or a language we don't answer in. */

export const MAX_QUESTION_CHARS = 2000;

export type InputProblem = 'empty' | 'too_long' | 'no_content' | 'other_language';

const OTHER_SCRIPTS =
  /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Bengali}\p{Script=Tamil}]/gu;
const HAN = /\p{Script=Han}/gu;
const LATIN = /[a-z]/gi;

// Frequent function words of other Latin-script languages, chosen to not collide with English words.
const FOREIGN_LATIN = new Set(
  ('el la los las del que para por con una es cómo como qué cuánto cuanto cuesta puedo tiene hay está son pero muy mi mis ' +
    'le les des du est une pour avec dans je mon mes vous comment combien quel quelle sur pas sont produit ' +
    'der die das und ist nicht mit für wie viel ich mein meine ein eine kostet werden auf sind kann ' +
    'não meu minha uma produto quanto custa é você il della che sono mio questo perché quando ' +
    'de en y o se lo al su sus ne nous très bien aussi ou').split(/\s+/),
);
const ENGLISH_HINTS = new Set(
  ('the is are what how much my can i do does to for of and with it this that you your be will when why which who on in ' +
    'product withdraw fee penalty buyer seller account').split(/\s+/),
);

export function inspectQuestion(question: string): InputProblem | null {
  const trimmed = question.trim();
  if (!trimmed) return 'empty';
  if (trimmed.length > MAX_QUESTION_CHARS) return 'too_long';
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return 'no_content';
  if (isOtherLanguage(trimmed)) return 'other_language';
  return null;
}

function isOtherLanguage(text: string): boolean {
  const han = text.match(HAN)?.length ?? 0;
  const other = text.match(OTHER_SCRIPTS)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (other > 0 && other >= han && other >= latin * 0.5) return true;
  if (han > 0) return false;
  // A masked account name ("al****yuan", the briefing's violator list) is no word of any language: its "al" is not Spanish.
  const words = text.toLowerCase().replace(/\S*\*{2,}\S*/g, ' ').match(/\p{L}+/gu) ?? [];
  let foreign = 0;
  let english = 0;
  for (const w of words) {
    if (FOREIGN_LATIN.has(w)) foreign++;
    if (ENGLISH_HINTS.has(w)) english++;
  }
  if (/[¿¡ñãõçßœ]|[áéíóúàèìòùâêîôûäëïöü]/i.test(text)) foreign++;
  return foreign >= 2 && foreign > english;
}
