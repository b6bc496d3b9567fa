/**
 * Credit lines: bylines, reporting and editing credits, "follow X on Twitter", copyright lines.
 * The people and outlets they name wrote or carried the article; they are not actors in it.
 */

/** Credits that open a line: "(Reporting by ...; Editing by ...)", "Additional reporting by ...". */
const CREDIT_OPENING =
  /^[([]?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research|translation|translated|photos?|graphics?|video|interviews?)\s+(?:was\s+)?by\b/i;

/** A line that sends readers to an author's account ("Follow Jane Doe on Twitter @jdoe"). */
const FOLLOW_LINE =
  /^follow\b.{0,120}?\b(?:on\s+)?(?:twitter|facebook|instagram|x|threads|bluesky|mastodon)\b|^follow\s+@/i;

/** Credits that close a sentence: "... contributed to this report", "... contributed reporting". */
const CONTRIBUTED =
  /\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|(?:additional\s+)?reporting)\b/i;

/** Contact lines with an address or handle ("Contact the author at jdoe@example.com"). */
const CONTACT_LINE = /^(?:contact|e-?mail|reach|write to)\b.{0,120}?(?:@|\bat\s+\S+\.\S+)/i;

/** Copyright and republication notices. */
const NOTICE =
  /^(?:copyright\b|©|all rights reserved\b)|\b(?:was|is)\s+(?:originally|first)\s+(?:published|posted)\s+(?:by|on|in|at)\b/i;

/** Words a byline's names may hold besides capitalised ones ("By JANE DOE and JOHN ROE, Associated Press"). */
const BYLINE_JOINERS = new Set([
  'and',
  'of',
  'the',
  'in',
  'for',
  '&',
  'de',
  'van',
  'von',
  'der',
  'la',
  'le',
  'al',
  'bin',
]);

/** "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press": "By" then names only, at most 12 words. */
function isByline(line: string): boolean {
  const m = /^by\s+(.+?)[.\s]*$/i.exec(line);
  if (!m) return false;
  const words = m[1]!.split(/[\s,;|]+/).filter(Boolean);
  if (words.length < 2 || words.length > 12) return false;
  return words.every((w) => /^[\p{Lu}@]/u.test(w) || BYLINE_JOINERS.has(w.toLowerCase()));
}

/**
 * Whether a sentence or short paragraph is a credit line, whose names are the article's authors,
 * editors or outlet rather than actors in its story.
 * @example isCreditLine('Follow Jane Doe on Twitter @jdoe.') // true
 * @example isCreditLine('By contrast, the senator said no.') // false
 */
export function isCreditLine(text: string): boolean {
  const line = text.trim();
  if (!line || line.length > 400) return false;
  return (
    CREDIT_OPENING.test(line) ||
    FOLLOW_LINE.test(line) ||
    CONTRIBUTED.test(line) ||
    CONTACT_LINE.test(line) ||
    NOTICE.test(line) ||
    isByline(line)
  );
}
