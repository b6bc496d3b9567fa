import { ENTITY_TYPES, type EntityType, type LabelSpan } from '@parley/core';

/** Precision, recall and F1 of exact-span, exact-type matches. */
export interface PRF {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Figures overall (person, organization, place: the figure), over all types, and per type. */
export interface EntityScores {
  /** Person, organization and place together. */
  core: PRF;
  all: PRF;
  byType: Record<EntityType, PRF>;
}

const prf = (gold: number, predicted: number, correct: number): PRF => {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
};

const CORE_TYPES = new Set<EntityType>(['person', 'organization', 'place']);

/**
 * Scores predicted spans against gold, sentence by sentence: a prediction counts when its start,
 * end and type all equal a gold span's.
 */
export function scoreEntities(gold: LabelSpan[][], predicted: LabelSpan[][]): EntityScores {
  const counts = new Map<EntityType, [number, number, number]>(ENTITY_TYPES.map((t) => [t, [0, 0, 0]]));
  gold.forEach((spans, s) => {
    const guesses = predicted[s] ?? [];
    for (const g of spans) counts.get(g.type)![0]++;
    for (const p of guesses) {
      const c = counts.get(p.type)!;
      c[1]++;
      if (spans.some((g) => g.start === p.start && g.end === p.end && g.type === p.type)) c[2]++;
    }
  });
  const sum = (types: (t: EntityType) => boolean) => {
    const total = [0, 0, 0];
    for (const [t, c] of counts) if (types(t)) for (let i = 0; i < 3; i++) total[i]! += c[i]!;
    return prf(total[0]!, total[1]!, total[2]!);
  };
  const byType = Object.fromEntries([...counts].map(([t, [g, p, c]]) => [t, prf(g, p, c)])) as Record<
    EntityType,
    PRF
  >;
  return { core: sum((t) => CORE_TYPES.has(t)), all: sum(() => true), byType };
}
