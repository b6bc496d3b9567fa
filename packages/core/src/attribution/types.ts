import type { Span, StatementMode } from '../contract/types.js';

/** One attributed statement of one article. Actor references are `ActorDraft.id`s. */
export interface StatementDraft {
  span: Span;
  cueSpan: Span;
  speakerSpan: Span | null;
  text: string;
  cue: string;
  mode: StatementMode;
  sentence: number;
  speakers: string[];
  reportedBy: string[];
  addressedTo: string[];
  mentions: string[];
  /** Spans of the phrases naming the reporters ("three sources familiar with a call", "AFP"), in text order. */
  reporterSpans?: Span[];
  /** Span of the phrase naming the audience ("reporters", "the BBC"), when there is one. */
  addresseeSpan?: Span | null;
  /** The content's pieces when it is discontinuous (an interrupted quote, its frame left out). */
  fragments?: Span[];
  /** How sure the attribution model is of this statement, in [0, 1]. */
  confidence?: number;
}
