import type { EntityType } from '../text/types.js';

/** The entity types in label order (the model's classes are built from this list: never reorder). */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'event', 'other'];

/** BILOU tags: Begin, Inside, Last, Unit (one-token entity), and Outside. */
export type Tag = 'B' | 'I' | 'L' | 'U' | 'O';
const TAGS: readonly Tag[] = ['B', 'I', 'L', 'U'];

/** Label 0 is O; label 1 + 4·t + k is tag TAGS[k] of ENTITY_TYPES[t]. */
export const LABEL_COUNT = 1 + TAGS.length * ENTITY_TYPES.length;
export const OUTSIDE = 0;

/** The label of a tag and type. */
export function labelOf(tag: Tag, type: EntityType): number {
  if (tag === 'O') return OUTSIDE;
  return 1 + ENTITY_TYPES.indexOf(type) * TAGS.length + TAGS.indexOf(tag);
}

/** The tag of a label. */
export const tagOf = (label: number): Tag => (label === OUTSIDE ? 'O' : TAGS[(label - 1) % TAGS.length]!);

/** The entity type of a label (undefined for O). */
export const typeOf = (label: number): EntityType | undefined =>
  label === OUTSIDE ? undefined : ENTITY_TYPES[Math.floor((label - 1) / TAGS.length)];

/** A labelled range of a sentence's tokens (end exclusive). */
export interface LabelSpan {
  start: number;
  end: number;
  type: EntityType;
}

/** The BILOU labels of a sentence of `length` tokens with these (non-overlapping) spans. */
export function encodeSpans(length: number, spans: readonly LabelSpan[]): number[] {
  const labels = new Array<number>(length).fill(OUTSIDE);
  for (const { start, end, type } of spans) {
    if (end - start === 1) labels[start] = labelOf('U', type);
    else {
      labels[start] = labelOf('B', type);
      for (let i = start + 1; i < end - 1; i++) labels[i] = labelOf('I', type);
      labels[end - 1] = labelOf('L', type);
    }
  }
  return labels;
}

/** The spans of a label sequence (a valid BILOU sequence, as Viterbi decoding yields). */
export function decodeLabels(labels: ArrayLike<number>): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const tag = tagOf(labels[i]!);
    const type = typeOf(labels[i]!);
    if (tag === 'U') spans.push({ start: i, end: i + 1, type: type! });
    else if (tag === 'B') start = i;
    else if (tag === 'L' && start >= 0) {
      spans.push({ start, end: i + 1, type: type! });
      start = -1;
    }
  }
  return spans;
}

/** Whether label `next` may follow label `prev` in BILOU (-1 = sentence start; `next` -1 = sentence end). */
export function allowed(prev: number, next: number): boolean {
  const open = prev >= 0 && (tagOf(prev) === 'B' || tagOf(prev) === 'I');
  if (next < 0) return !open;
  const tag = tagOf(next);
  if (tag === 'I' || tag === 'L') return open && typeOf(prev) === typeOf(next);
  return !open;
}
