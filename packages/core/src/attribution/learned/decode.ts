import type { Span } from '../../contract/types.js';
import type { StatementDraft } from '../../extract/types.js';
import type { Resolution } from '../../resolve/types.js';
import { isQuoteMark } from '../../text/quotes.js';
import { countBefore, SpanIndex } from '../../text/sorted-search.js';
import type { ParsedText, Token } from '../../text/types.js';
import { cueAt } from '../cues.js';
import { joinFragments, modeOf } from '../find.js';
import { QuoteIndex } from '../quotes.js';
import { cueSpeaker, sourceReferent } from '../speakers.js';
import { begins, ROLE_CONTENT, ROLE_CUE, ROLE_SOURCE, roleOf } from './tags.js';

/** A run of tokens `[start, end)` with one role, and the tagger's mean margin over it. */
export interface Segment {
  role: number;
  start: number;
  end: number;
  margin: number;
}

/** The spans a tag sequence marks (a begin tag, or a change of role, opens a new one). */
export function segmentsOf(tags: Uint8Array, margins: Float64Array): Segment[] {
  const out: Segment[] = [];
  let open: Segment | null = null;
  let sum = 0;
  const close = () => {
    if (open) {
      open.margin = sum / (open.end - open.start);
      out.push(open);
    }
    open = null;
    sum = 0;
  };
  for (let i = 0; i < tags.length; i++) {
    const role = roleOf(tags[i]!);
    if (!role || begins(tags[i]!) || (open && open.role !== role)) close();
    if (!role) continue;
    if (!open) open = { role, start: i, end: i, margin: 0 };
    open.end = i + 1;
    sum += margins[i]!;
  }
  close();
  return out;
}

/** One attribution the tagger found: its cue, content pieces and source. */
interface Attribution {
  cue: Segment;
  contents: Segment[];
  source: Segment | null;
}

/** Token distance between two segments (0 when adjacent). */
const gap = (a: Segment, b: Segment) => Math.max(0, a.start - b.end, b.start - a.end);

/**
 * The nearest segment among `candidates` within the sentences `[from, to]` of `tokens`, the earlier
 * one on a tie. Segments of one tag sequence are disjoint and in text order, so the nearest is the
 * last candidate before the target or the first after it (two binary searches, not a scan).
 */
function nearest(tokens: Token[], target: Segment, candidates: Segment[], from: number, to: number) {
  const sentenceOf = (c: Segment) => tokens[c.start]!.sentence;
  const lo = countBefore(candidates, (c) => sentenceOf(c) < from);
  const hi = countBefore(candidates, (c) => sentenceOf(c) <= to, lo);
  const next = Math.min(
    hi,
    countBefore(candidates, (c) => c.start < target.start, lo),
  );
  const before = next > lo ? candidates[next - 1]! : null;
  const after = next < hi ? candidates[next]! : null;
  if (!before || !after) return before ?? after;
  return gap(before, target) <= gap(after, target) ? before : after;
}

/**
 * Links the tagger's segments into attributions: each content piece goes to the nearest cue of its
 * sentences; a piece with none continues the attribution before it when it is a quotation in the
 * same or the next paragraph (a quote carried on without a new cue); each cue takes the nearest
 * source of its sentence.
 */
function link(parsed: ParsedText, segments: Segment[]): Attribution[] {
  const { tokens, sentences } = parsed;
  const cues = segments.filter((s) => s.role === ROLE_CUE);
  const sources = segments.filter((s) => s.role === ROLE_SOURCE);
  const byCue = new Map<Segment, Attribution>();
  let last: Attribution | null = null;
  for (const content of segments) {
    if (content.role !== ROLE_CONTENT) continue;
    const from = tokens[content.start]!.sentence;
    const to = tokens[content.end - 1]!.sentence;
    const cue = nearest(tokens, content, cues, from, to);
    let attribution: Attribution | null = null;
    if (cue) {
      attribution = byCue.get(cue) ?? { cue, contents: [], source: null };
      byCue.set(cue, attribution);
    } else if (last) {
      const previous = last.contents.at(-1)!;
      const paragraphs =
        sentences[from]!.paragraph - sentences[tokens[previous.end - 1]!.sentence]!.paragraph;
      if (paragraphs <= 1 && isQuoteMark(tokens[content.start]!.text)) attribution = last;
    }
    if (!attribution) continue;
    attribution.contents.push(content);
    last = attribution;
  }
  const out = [...byCue.values()];
  for (const a of out) {
    const s = tokens[a.cue.start]!.sentence;
    a.source = nearest(tokens, a.cue, sources, s, s);
  }
  return out.sort((a, b) => a.contents[0]!.start - b.contents[0]!.start);
}

const spanOf = (tokens: Token[], s: { start: number; end: number }): Span => [
  tokens[s.start]!.start,
  tokens[s.end - 1]!.end,
];
/** A sentence's paragraph, by sentence index. */
const paragraphOf = (parsed: ParsedText) => (s: number) => parsed.sentences[s]?.paragraph ?? -1;
const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/** The lemma of a cue: its lexicon entry's, else its last verb's, else its words' lemmas. */
function cueLemma(tokens: Token[], cue: Segment): string {
  for (let i = cue.start; i < cue.end; i++) {
    const m = cueAt(tokens, i, cue.end);
    if (m) return m.entry.lemma;
  }
  for (let i = cue.end - 1; i >= cue.start; i--) if (tokens[i]!.pos === 'VERB') return tokens[i]!.lemma;
  const words = tokens.slice(cue.start, cue.end).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  return words.map((t) => t.lemma).join(' ') || tokens[cue.start]!.text;
}

/** Squashes a scaled margin into (0, 1): 0.5 at a tie between the chosen tag and the next best. */
export const confidenceOf = (margin: number) => 1 / (1 + Math.exp(-margin));

/**
 * Turns the tagger's tags into statement drafts; `confidence` holds the raw mean margin until the
 * statements are combined with the rules' (see `combineReading`). Where the rules found the same cue, their reading
 * of the reporters and addressee (and of the speaker, when the tagger marked none) is kept.
 */
export function statementsFromTags(
  parsed: ParsedText,
  resolution: Resolution,
  tags: Uint8Array,
  margins: Float64Array,
  rules: StatementDraft[],
): StatementDraft[] {
  const { tokens, text } = parsed;
  const quotes = new QuoteIndex(parsed.quotes);
  const ruleCues = new SpanIndex(rules.map((r) => r.cueSpan));
  return link(parsed, segmentsOf(tags, margins)).flatMap((a) => {
    const pieces = a.contents.map((c) => spanOf(tokens, c));
    const span: Span = [pieces[0]![0], pieces.at(-1)![1]];
    const cueSpan = spanOf(tokens, a.cue);
    // the first rule statement (in their order) sharing the cue and the content
    const rule = ruleCues
      .overlapping(...cueSpan)
      .map((j) => rules[j]!)
      .find((r) => overlaps(r.cueSpan, cueSpan) && overlaps(r.span, span));
    const sentence = parsed.sentences[tokens[a.cue.start]!.sentence]!;
    // a cue the tagger gave no source, and the rules no statement: the rules' speaker search on it
    const found = a.source || rule ? [] : cueSpeaker(tokens, sentence, a.cue, paragraphOf(parsed));
    const source = a.source ?? (found.length ? { start: found[0]!.start, end: found.at(-1)!.end } : null);
    const speakerSpan = source ? spanOf(tokens, source) : (rule?.speakerSpan ?? null);
    const referent = source
      ? spanOf(tokens, sourceReferent(tokens, source, sentence.tokenStart))
      : speakerSpan;
    const speaker = referent ? resolution.speakerAt(referent) : undefined;
    const speakers = speaker ? [speaker.id] : [];
    const parts = [...a.contents, a.cue, ...(a.source ? [a.source] : [])];
    const margin = parts.reduce((sum, s) => sum + s.margin, 0) / parts.length;
    const statement: StatementDraft = {
      span,
      cueSpan,
      speakerSpan,
      text: text.slice(...span),
      cue: cueLemma(tokens, a.cue),
      mode: modeOf(text, quotes, span, cueSpan),
      sentence: tokens[a.cue.start]!.sentence,
      speakers,
      reportedBy: (rule?.reportedBy ?? []).filter((id) => !speakers.includes(id)),
      addressedTo: rule?.addressedTo ?? [],
      reporterSpans: rule?.reporterSpans ?? [],
      addresseeSpan: rule?.addresseeSpan ?? null,
      mentions: resolution
        .actorsIn(span)
        .map((x) => x.id)
        .filter((id) => !speakers.includes(id)),
      confidence: margin,
    };
    if (pieces.length > 1) {
      statement.fragments = pieces;
      statement.text = joinFragments(text, pieces);
    }
    return [statement];
  });
}
