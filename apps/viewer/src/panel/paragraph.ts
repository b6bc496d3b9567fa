/** A paragraph of an article cut into the text before, inside and after a span. */
export interface MarkedParagraph {
  before: string;
  marked: string;
  after: string;
}

const MAX_SIDE = 700;

/**
 * The paragraph around `span` (blank-line separated, or line separated when the article has no
 * blank lines), split so the span can be highlighted. Very long paragraphs are cut to about
 * 700 characters each side of the span.
 * @example paragraphAround('A.\n\nHe said "no". Then.', [9, 13]).marked // '"no"'
 */
export function paragraphAround(text: string, span: readonly [number, number]): MarkedParagraph {
  const start = Math.max(0, Math.min(span[0], text.length));
  const end = Math.max(start, Math.min(span[1], text.length));
  const breaker = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n/g : /\n/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(breaker)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  let before = text.slice(from, start);
  let after = text.slice(end, to);
  if (before.length > MAX_SIDE) before = `…${before.slice(-MAX_SIDE)}`;
  if (after.length > MAX_SIDE) after = `${after.slice(0, MAX_SIDE)}…`;
  return { before: before.trimStart(), marked: text.slice(start, end), after: after.trimEnd() };
}

/**
 * Cuts a sentence around the first occurrence of the statement's text, or null when the sentence
 * does not contain it (the text then cannot be placed safely).
 * @example markWithin('He said no deal today.', 'no deal').marked // 'no deal'
 */
export function markWithin(sentence: string, text: string): MarkedParagraph | null {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return null;
  return { before: sentence.slice(0, at), marked: text, after: sentence.slice(at + text.length) };
}
