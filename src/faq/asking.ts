/**
 * What a question asks, shared by the composer and the yes/no lead: the ask types answered by a figure found in a
 * line, and the clause of the question that holds the ask.
 */

/** Ask types whose answer ends in a figure or a name the line must hold (a date, a length, a price...). */
export const ENDS_IN_EVIDENCE = ['clock', 'day', 'frequency', 'institution', 'howlong', 'when', 'price', 'percent', 'points', 'quantity'] as const;

// a space between Chinese words, which a chat message writes for a comma
const HAN_SPACE = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;
// Where the clause proposing a figure ends (polarity.ts's proposed figure, compose.ts's yes/no clause after a question for
// the figure): punctuation of either language and the enumeration comma, but not the comma of "10,000" nor the point of
// "0.3%".
export const FIGURE_CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;?!，。；？！、]|(?<!\d)\.|\.(?!\d)|\s-\s/;
// ... and also every space between Chinese words, asking or not ("潜力品要发多少个啊 还是30个吗": the yes/no clause after
// the question for the figure).
export const FIGURE_CLAUSE_BREAK_SPACED = new RegExp(`${FIGURE_CLAUSE_BREAK.source}|${HAN_SPACE.source}`, 'u');
// ... the same without the enumeration comma, for reading a whole asking sentence ("A、B还能用吗").
export const SENTENCE_BREAK = /[,;.?!，。；？！—–]|\s-\s/;
// Where a question's clauses part: the figure clause's breaks and a dash ("…in yen — can Pay do JPY?"); never the point
// or comma inside a number ("a $0.01 SKU", "0.3%", "10,000"), which ends nothing.
const CLAUSE_BREAK = new RegExp(`${FIGURE_CLAUSE_BREAK.source}|[—–]`);

/**
 * The modal a Chinese yes/no asks with; the words after it name what may happen. ("能" and "会" inside a word,
 * "智能回复", "功能", "会员", "直播会场", are no modal.)
 */
export const YESNO_MODAL = /能不能|会不会|可不可以|要不要|是不是|可以|还能|(?<![智功性效才职技本])能(?!力|源|耗)|(?<![机协学大议社开体领聚约])会(?!员|议|场|话)/;

/** The question's clauses (NFKC, trimmed, none empty), split at `breaks`. */
export function clausesOf(question: string, breaks: RegExp = CLAUSE_BREAK): string[] {
  return remarksApart(question.normalize('NFKC')).split(breaks).map((c) => c.trim()).filter(Boolean);
}

/**
 * A remark set off by a space after Chinese words, asking nothing, is a clause of its own: it says why the asker asks,
 * not what ("招稿是几号到几号 要排拍摄档期"). Words set off by a space that ask ("开通收款账户要钱吗 要等多久", "超了就不行?")
 * stay with the words before them, which name their subject.
 */
function remarksApart(question: string): string {
  return question.replace(new RegExp(HAN_SPACE.source, 'gu'), (space, at: number) => {
    const piece = question.slice(at + space.length).match(/^[^,;.?!，。；？！—–]*[,;.?!，。；？！—–]?/)?.[0] ?? '';
    return ASKS_SOMETHING.test(piece) ? space : '，';
  });
}
// words that make a piece of a question ask something
const ASKS_SOMETHING = /吗|呢|么|什么|啥|哪|几|多少|多久|多长|怎|如何|是否|谁|为何|为啥|(\p{Script=Han})不\1|算|行不|可以|能|[?？]/u;

// a question tag standing alone after the statement it asks about ("…is 0.3%, right?", "…60 days. true?", "…0.3%，对吗？")
const TAG_ASK = /^\s*(right|correct|yes|yeah|eh|true|accurate|is (that|it|this) (right|correct|true|accurate|so)|对吗|对吧|是吗|是吧|对不对|是不是|没错吧|没错吗|真的吗|是真的吗)\s*[?？]?\s*$/i;

/**
 * The clause that states what a yes/no asks about: the clause holding the ask, or, when that clause is only a question
 * tag, the statement before it ("the fee is 0.3%, right?", "newbie period is 60 days now. true?", "手续费是0.3%，对吗？").
 * Null when no clause asks.
 */
export function proposedClause(question: string, ask: RegExp, breaks: RegExp = CLAUSE_BREAK): string | null {
  const clauses = clausesOf(question, breaks);
  const at = clauses.findIndex((c) => ask.test(c));
  if (at < 0) return null;
  return at > 0 && TAG_ASK.test(clauses[at]!) ? clauses[at - 1]! : clauses[at]!;
}

/** The clause of the question that holds the ask, with the ask words removed; null when nothing is left. */
export function askingClause(question: string, ask: RegExp): string | null {
  const asking = clausesOf(question).find((c) => ask.test(c));
  if (!asking) return null;
  const rest = asking.replace(new RegExp(ask.source, 'gi'), ' ').trim();
  return rest.length ? rest : null;
}

/** What follows the question word in the clause that asks ("多久能恢复" -> "能恢复"); null when nothing does. */
export function predicateOf(question: string, ask: RegExp): string | null {
  const asking = clausesOf(question).find((c) => ask.test(c));
  const m = asking?.match(new RegExp(ask.source, 'i'));
  if (!asking || !m) return null;
  return asking.slice((m.index ?? 0) + m[0].length).trim() || null;
}

// the modal a Chinese figure question may put its event behind, right before a question word that ends the clause
// ("回放能保存多久", "可以展示几天")
const MODAL_BEFORE = /(?:能|可以|可|会|要|需要|得)(?!.*(?:能|可以|可|会|要|需要|得))/;

/**
 * What a Chinese clause ending in its question word asks of ("回放能保存多久" -> "保存"): the words between the last
 * modal and the question word; null when the question word does not end the clause or no modal comes before it.
 */
export function predicateBefore(question: string, ask: RegExp): string | null {
  const asking = clausesOf(question).find((c) => ask.test(c));
  const m = asking?.match(new RegExp(ask.source, 'i'));
  if (!asking || !m || asking.slice((m.index ?? 0) + m[0].length).trim()) return null;
  const before = asking.slice(0, m.index);
  const modal = before.match(MODAL_BEFORE);
  if (!modal) return null;
  return before.slice((modal.index ?? 0) + modal[0].length).trim() || null;
}
