import type { StatementDraft } from '../attribution/types.js';
import type { Span } from '../contract/types.js';
import type { ActorDraft, Resolution } from '../resolve/types.js';
import { type SentenceTree, sentenceTree } from '../syntax/tree.js';
import { countBefore, SpanIndex } from '../text/sorted-search.js';
import type { ParsedText, Sentence, Token } from '../text/types.js';

/** One resolved mention, located by token indexes (`first`..`last` inclusive). */
export interface MentionRef {
  actor: ActorDraft;
  span: Span;
  first: number;
  last: number;
}

/** First token index whose end lies after `offset`. */
const tokenAfter = (tokens: Token[], offset: number): number => countBefore(tokens, (t) => t.end <= offset);

/**
 * Everything the proposal rules read about one article, indexed once: tokens, sentences, the
 * resolved mentions by the token they end and start at, and the statements.
 */
export class ProposalContext {
  readonly tokens: Token[];
  readonly text: string;
  private readonly byLast = new Map<number, MentionRef>();
  private readonly byFirst = new Map<number, MentionRef>();

  constructor(
    readonly parsed: ParsedText,
    readonly resolution: Resolution,
    readonly statements: StatementDraft[],
  ) {
    this.tokens = parsed.tokens;
    this.text = parsed.text;
    for (const actor of resolution.actors) {
      for (const span of actor.mentionSpans) this.index({ actor, span, ...this.tokenRange(span) });
    }
    statements.forEach((st, n) => {
      const from = Math.min(st.span[0], st.cueSpan[0]);
      const to = Math.max(st.span[1], st.cueSpan[1]);
      const first = this.tokens[this.tokenRange([from, to]).first]?.sentence ?? st.sentence;
      const last = this.tokens[this.tokenRange([Math.max(from, to - 1), to]).first]?.sentence ?? st.sentence;
      this.sentenceRanges.push([first, last]);
      for (let k = first; k <= last; k++) {
        const list = this.bySentence.get(k);
        if (list) list.push(n);
        else this.bySentence.set(k, [n]);
      }
    });
  }

  private readonly bySentence = new Map<number, number[]>();
  /** Per statement, the first and last sentence it lies in. */
  private readonly sentenceRanges: [number, number][] = [];
  private contentIndex: SpanIndex | undefined;
  private cueIndex: SpanIndex | undefined;

  /**
   * Indexes of the statements of a sentence (as {@link statementsIn}, in order) whose content or
   * cue overlaps `[from, to)`; `cueOnly` looks at cues alone. Found through span indexes: one
   * unpunctuated sentence can hold thousands of statements, and this is asked per token.
   */
  statementsOverlapping(sentence: number, from: number, to: number, cueOnly = false): number[] {
    this.cueIndex ??= new SpanIndex(this.statements.map((s) => s.cueSpan));
    this.contentIndex ??= new SpanIndex(this.statements.map((s) => s.span));
    const found = this.cueIndex.overlapping(from, to);
    if (!cueOnly) found.push(...this.contentIndex.overlapping(from, to));
    const inSentence = found.filter((n) => {
      const [first, last] = this.sentenceRanges[n]!;
      return first <= sentence && sentence <= last;
    });
    return [...new Set(inSentence)].sort((a, b) => a - b);
  }

  /** Indexes of the statements whose content or cue lies in a sentence, in order. */
  statementsIn(sentence: number): number[] {
    return this.bySentence.get(sentence) ?? [];
  }

  private index(m: MentionRef): void {
    // the longest mention wins a shared edge ("Obama administration" over "Obama")
    const keep = (old: MentionRef | undefined) => !old || old.span[1] - old.span[0] < m.span[1] - m.span[0];
    if (keep(this.byLast.get(m.last))) this.byLast.set(m.last, m);
    if (keep(this.byFirst.get(m.first))) this.byFirst.set(m.first, m);
  }

  /** Token indexes `first`..`last` covering a span. */
  tokenRange(span: Span): { first: number; last: number } {
    const first = tokenAfter(this.tokens, span[0]);
    let last = first;
    while (last + 1 < this.tokens.length && this.tokens[last + 1]!.start < span[1]) last++;
    return { first, last };
  }

  /** The dependency tree of the sentence holding token k (parsed on first request, then cached). */
  treeAt(tokenIndex: number): SentenceTree {
    return sentenceTree(this.parsed, this.tokens[tokenIndex]!.sentence);
  }

  sentenceOf(tokenIndex: number): Sentence {
    return this.parsed.sentences[this.tokens[tokenIndex]!.sentence]!;
  }

  /** The mention whose last token is `i`. */
  mentionEndingAt(i: number): MentionRef | undefined {
    return this.byLast.get(i);
  }

  /** The mention whose first token is `i`. */
  mentionStartingAt(i: number): MentionRef | undefined {
    return this.byFirst.get(i);
  }

  /** Mentions lying within tokens `from`..`to` (exclusive), in text order. */
  mentionsIn(from: number, to: number): MentionRef[] {
    const out: MentionRef[] = [];
    for (let i = from; i < to; i++) {
      const m = this.byFirst.get(i);
      if (m && m.last < to) {
        out.push(m);
        i = m.last;
      }
    }
    return out;
  }

  /** Offsets `[start, end)` of tokens `from`..`to` (exclusive). */
  span(from: number, to: number): Span {
    return [this.tokens[from]!.start, this.tokens[Math.max(from, to - 1)]!.end];
  }

  /** The text of tokens `from`..`to` (exclusive), as written. */
  slice(from: number, to: number): string {
    return to <= from ? '' : this.text.slice(...this.span(from, to));
  }
}
