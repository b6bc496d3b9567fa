import { PROGRAMME_NOUNS, WORK_NOUNS } from '../lexicon/works.js';
import { countBefore } from '../text/sorted-search.js';
import type { QuoteSpan } from '../text/types.js';
import type { Mention } from './types.js';

/** What a quoted title stands for: a programme (a media outlet), another work (no actor), or neither. */
export type QuotedTitle = 'programme' | 'work' | undefined;

const lastWord = (text: string) => /([\p{L}-]+)\W*$/u.exec(text)?.[1]?.toLowerCase();
const firstWord = (text: string) => /^\W*([\p{L}-]+)/u.exec(text)?.[1]?.toLowerCase();

/** What a work noun beside a quote makes of the quoted title. */
function titleKind(noun: string | undefined): QuotedTitle {
  if (!noun) return undefined;
  if (PROGRAMME_NOUNS.has(noun)) return 'programme';
  return WORK_NOUNS.has(noun) ? 'work' : undefined;
}

/**
 * Whether a name mention is the whole title of a quoted work: `CNBC's "Squawk Box" program` (a
 * programme) or `his book "The Art of the Deal"` (a work), told by the noun just before or after
 * the quote. A quoted name with no such noun ("wrote in 'Ralph Nader'") stays a name.
 * @param quotes the article's quotations in text order
 */
export function quotedTitle(text: string, quotes: readonly QuoteSpan[], m: Mention): QuotedTitle {
  // quotations are in text order: the one that can hold the mention is the last opening before it
  const q = quotes[countBefore(quotes, (x) => x.inner[0] <= m.span[0]) - 1];
  if (!q || m.span[1] > q.inner[1]) return undefined;
  const inner = text.slice(q.inner[0], q.inner[1]).replace(/^\W*(the\s+)?|\W*$/giu, '');
  if (m.text.replace(/^the\s+/i, '').length < inner.length * 0.8) return undefined;
  const before = lastWord(text.slice(Math.max(0, q.outer[0] - 40), q.outer[0]));
  const after = firstWord(text.slice(q.outer[1], q.outer[1] + 40));
  return titleKind(after) ?? titleKind(before);
}
