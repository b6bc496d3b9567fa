// Analysis of a built graph over time and outlets: timelines, changes of stance, disagreements and
// quotes repeated across articles. Browser-safe (graph in, plain objects out).
export { contradictions, disagreements, stanceChanges } from './contradictions.js';
export { byDate, dateOrder, inRange, rangeBounds } from './dates.js';
export { quoteWords, type RepeatedQuoteOptions, repeatedQuotes } from './repeated-quotes.js';
export { type StanceRecord, stanceRecords } from './stances.js';
export { actorTimeline, proposalTimeline, type TimeRange } from './timeline.js';
export type {
  Contradiction,
  Disagreement,
  Evidence,
  QuoteGroup,
  StanceChange,
  TimelineEntry,
} from './types.js';
export { CONTRADICTION_KINDS, TIMELINE_ENTRY_KINDS } from './types.js';
