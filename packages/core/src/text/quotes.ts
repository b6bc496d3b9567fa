import type { Span } from '../contract/types.js';
import type { QuoteSpan } from './types.js';

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);
/** Marks that open or close depending on where they stand (the doubled `''` of older wire copy is two of them). */
const EITHER = ['"', "'", '`'];
const QUOTE_CHARS: ReadonlySet<string> = new Set([...OPENING, ...CLOSING, ...EITHER]);

/** Whether a token or character is (part of) a quotation mark. */
export const isQuoteMark = (text: string) => text.length > 0 && [...text].every((c) => QUOTE_CHARS.has(c));

interface Mark {
  at: number;
  length: number;
  kind: 'open' | 'close' | 'either';
}

/** Finds double-quote marks: curly, straight, guillemets, and the `''`/`` `` `` pairs of older wire copy. */
function findMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '"') marks.push({ at: i, length: 1, kind: 'either' });
    else if ((ch === "'" || ch === '`') && text[i + 1] === ch) {
      marks.push({ at: i, length: 2, kind: ch === '`' ? 'open' : 'either' });
      i++;
    } else if (OPENING.has(ch)) {
      marks.push({ at: i, length: 1, kind: 'open' });
    } else if (CLOSING.has(ch)) marks.push({ at: i, length: 1, kind: 'close' });
  }
  return marks;
}

/**
 * Pairs quote marks within one paragraph. An opening mark left unclosed at the end of the
 * paragraph yields an open quote running to the paragraph's end (news style for multi-paragraph quotes).
 */
function pairInParagraph(text: string, [from, to]: Span): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open: Mark | null = null;
  for (const mark of findMarks(text, from, to)) {
    if (!open) {
      if (mark.kind !== 'close') open = mark;
      continue;
    }
    if (mark.kind === 'open') {
      open = mark;
      continue;
    }
    const inner: Span = [open.at + open.length, mark.at];
    if (inner[1] > inner[0]) quotes.push({ outer: [open.at, mark.at + mark.length], inner, closed: true });
    open = null;
  }
  if (open && to - (open.at + open.length) > 1) {
    quotes.push({ outer: [open.at, to], inner: [open.at + open.length, to], closed: false });
  }
  return quotes;
}

/** Finds every quotation in the text, paragraph by paragraph. */
export function findQuotes(text: string, paragraphs: Span[]): QuoteSpan[] {
  return paragraphs.flatMap((p) => pairInParagraph(text, p));
}
