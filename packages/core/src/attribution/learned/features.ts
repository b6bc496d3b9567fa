import type { StatementDraft } from '../../extract/types.js';
import { featureKey, hashString } from '../../learn/hash.js';
import { isQuoteMark } from '../../text/quotes.js';
import { countBefore } from '../../text/sorted-search.js';
import type { ParsedText, Token } from '../../text/types.js';
import { cueAt, headlineColonAt } from '../cues.js';
import { QuoteIndex } from '../quotes.js';
import { ROLE_CONTENT, ROLE_CUE, ROLE_SOURCE } from './tags.js';

/** Features per token (every sentence token gets exactly this many). */
export const FEATURES_PER_TOKEN = 36;

/** The article's tokens with their hashed features, `FEATURES_PER_TOKEN` keys per token. */
export interface TokenFeatures {
  tokens: Token[];
  keys: Uint32Array;
  /** Role (0 none, 1 source, 2 cue, 3 content) the rules give each token. */
  ruleRoles: Uint8Array;
}

/** The rough shape of a word: capitalisation, digits, punctuation. */
function shapeOf(text: string): string {
  if (isQuoteMark(text)) return 'q';
  if (/^\p{Lu}+$/u.test(text)) return text.length > 1 ? 'XX' : 'X';
  if (/^\p{Lu}/u.test(text)) return 'Xx';
  if (/^\p{Ll}/u.test(text)) return 'x';
  if (/^\p{N}/u.test(text)) return 'd';
  return text;
}

/** Index of the first token ending after character `at`. */
const tokenFrom = (tokens: Token[], at: number): number => countBefore(tokens, (t) => t.end <= at);

/** Marks the tokens inside `span` with `role` (later marks do not overwrite earlier content marks). */
function mark(tokens: Token[], roles: Uint8Array, span: readonly [number, number], role: number) {
  for (let i = tokenFrom(tokens, span[0]); i < tokens.length && tokens[i]!.start < span[1]; i++)
    roles[i] = role;
}

/** The role the rule-based finder gives each token (its statements' content, cue and speaker spans). */
export function ruleRolesOf(tokens: Token[], rules: StatementDraft[]): Uint8Array {
  const roles = new Uint8Array(tokens.length);
  for (const s of rules) mark(tokens, roles, s.span, ROLE_CONTENT);
  for (const s of rules) {
    if (s.speakerSpan) mark(tokens, roles, s.speakerSpan, ROLE_SOURCE);
    mark(tokens, roles, s.cueSpan, ROLE_CUE);
  }
  return roles;
}

/** For each token, the lexicon cue (lemma hash and frame) starting there, outside quotations. */
function lexiconCues(parsed: ParsedText, quotes: QuoteIndex): { lemma: Uint32Array; inCue: Uint8Array } {
  const { tokens } = parsed;
  const lemma = new Uint32Array(tokens.length);
  const inCue = new Uint8Array(tokens.length);
  for (const s of parsed.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (quotes.containing(tokens[i]!.start)) continue;
      const m = cueAt(tokens, i, s.tokenEnd) ?? headlineColonAt(tokens, i, s.tokenStart, s.tokenEnd);
      if (!m) continue;
      lemma[i] = hashString(`${m.entry.lemma}/${m.entry.frame}`);
      for (let j = m.tokenStart; j < m.tokenEnd; j++) inCue[j] = j === i ? 1 : 2;
      i = m.tokenEnd - 1;
    }
  }
  return { lemma, inCue };
}

const bucket = (d: number) => (d <= 3 ? d : d <= 6 ? 5 : d <= 12 ? 10 : d <= 25 ? 20 : 40);

/**
 * Hashed features of every token: the word and its neighbours (lemma, POS, shape), quotation
 * structure, the cue lexicon (a cue here, the nearest one in the sentence and its side and distance),
 * sentence and paragraph position, and the rules' own reading of the token. Word identities are few
 * and cut off at training time; most features are structural so that they transfer across outlets.
 */
export function tokenFeatures(parsed: ParsedText, rules: StatementDraft[]): TokenFeatures {
  const { tokens, sentences } = parsed;
  const quotes = new QuoteIndex(parsed.quotes);
  const n = tokens.length;
  const keys = new Uint32Array(n * FEATURES_PER_TOKEN);
  const ruleRoles = ruleRolesOf(tokens, rules);
  const { lemma: cueLemma, inCue } = lexiconCues(parsed, quotes);
  const inQuote = new Uint8Array(n);
  for (let i = 0; i < n; i++) inQuote[i] = quotes.containing(tokens[i]!.start) ? 1 : 0;
  const lemmaH = tokens.map((t) => hashString(t.lemma));
  const posH = tokens.map((t) => hashString(t.pos));
  const shapeH = tokens.map((t) => hashString(shapeOf(t.text)));
  const NONE = hashString('<none>');
  const lem = (i: number) => lemmaH[i] ?? NONE;
  const pos = (i: number) => posH[i] ?? NONE;
  const rr = (i: number) => (i >= 0 && i < n ? ruleRoles[i]! : 9);

  for (const s of sentences) {
    const hasQuote = quotes.containing(s.start) || quotes.startingWithin(s.start, s.end).length ? 1 : 0;
    const first = s.index === 0 || sentences[s.index - 1]!.paragraph !== s.paragraph ? 1 : 0;
    const ruleInSentence = (() => {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) if (ruleRoles[i] === ROLE_CUE) return 1;
      return 0;
    })();
    // nearest lexicon cue before and after each token, in one pass each way
    const cueBefore = new Int32Array(s.tokenEnd - s.tokenStart).fill(-1);
    const cueAfter = new Int32Array(s.tokenEnd - s.tokenStart).fill(-1);
    for (let i = s.tokenStart, last = -1; i < s.tokenEnd; i++) {
      cueBefore[i - s.tokenStart] = last;
      if (cueLemma[i]) last = i;
    }
    for (let i = s.tokenEnd - 1, next = -1; i >= s.tokenStart; i--) {
      cueAfter[i - s.tokenStart] = next;
      if (cueLemma[i]) next = i;
    }
    let colonSeen = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      const base = i * FEATURES_PER_TOKEN;
      let f = 0;
      const add = (template: number, a: number, b = 0, c = 0) => {
        keys[base + f++] = featureKey(template, a, b, c);
      };
      const lower = hashString(t.text.toLowerCase());
      const r = ruleRoles[i]!;
      const q = inQuote[i]! + (isQuoteMark(t.text) ? 2 : 0);
      const before = cueBefore[i - s.tokenStart]!;
      const after = cueAfter[i - s.tokenStart]!;
      add(1, 0);
      add(2, lower);
      add(3, lem(i));
      add(4, pos(i));
      add(5, shapeH[i]!);
      add(6, hashString(t.text.slice(-3).toLowerCase()));
      add(7, lem(i - 1));
      add(8, lem(i + 1));
      add(9, pos(i - 1), pos(i));
      add(10, pos(i), pos(i + 1));
      add(11, pos(i - 2), pos(i - 1), pos(i));
      add(12, pos(i + 1), pos(i + 2));
      add(13, q);
      add(14, q, pos(i));
      add(15, r);
      add(16, rr(i - 1), r, rr(i + 1));
      add(17, r, pos(i));
      add(18, r, q);
      add(19, inCue[i]!, cueLemma[i]!);
      add(20, inCue[i]!, pos(i));
      add(21, before < 0 ? 0 : bucket(i - before), after < 0 ? 0 : bucket(after - i));
      add(22, before < 0 ? 0 : cueLemma[before]!, 1);
      add(23, after < 0 ? 0 : cueLemma[after]!, 2);
      add(24, before < 0 ? 0 : bucket(i - before), q, r);
      add(25, after < 0 ? 0 : bucket(after - i), q, r);
      add(26, bucket(i - s.tokenStart), bucket(s.tokenEnd - 1 - i));
      add(27, hasQuote, first, ruleInSentence);
      add(28, colonSeen, q);
      add(29, ruleInSentence, r, q);
      add(30, lem(i - 1), lem(i));
      add(31, lem(i), lem(i + 1));
      add(32, pos(i), shapeH[i - 1] ?? NONE, shapeH[i + 1] ?? NONE);
      add(33, lem(i - 1), pos(i));
      add(34, pos(i), lem(i + 1));
      add(35, inCue[i - 1] ?? 0, inCue[i + 1] ?? 0, pos(i));
      add(36, first, i === s.tokenStart ? 1 : 0, q);
      if (t.text === ':') colonSeen = 1;
    }
  }
  return { tokens, keys, ruleRoles };
}
