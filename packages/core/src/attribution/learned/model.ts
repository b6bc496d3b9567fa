import { existsSync } from 'node:fs';
import type { StatementDraft } from '../../extract/types.js';
import { lazy, modelPath } from '../../learn/model.js';
import { readTable, type WeightTable } from '../../learn/table.js';
import type { Resolution } from '../../resolve/types.js';
import type { ParsedText } from '../../text/types.js';
import { statementsFromTags } from './decode.js';
import { tokenFeatures } from './features.js';
import { type Scorer, tagArticle } from './tagger.js';

/** The committed model file (packages/core/models/attribution/). */
export const MODEL_NAME = 'attribution';
export const MODEL_FILE = 'tagger.bin';

/** The trained tagger's weights, read once per process; null when no model file is present. */
export const attributionModel = lazy((): WeightTable | null => {
  const path = modelPath(MODEL_NAME, MODEL_FILE);
  return existsSync(path) ? readTable(path) : null;
});

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

/**
 * Statements read by the learned tagger, with the rules' statements as its features. Rule
 * statements whose content the tagger left untouched are kept too (with the tagger's confidence in
 * them), so the model only adds to and corrects the rules.
 * @param scorer the weights to use (the committed model unless a trainer passes its own)
 */
export function learnedStatements(
  parsed: ParsedText,
  resolution: Resolution,
  rules: StatementDraft[],
  scorer: Scorer,
): StatementDraft[] {
  const { keys } = tokenFeatures(parsed, rules);
  const { tags, margins } = tagArticle(scorer, parsed, keys);
  const found = statementsFromTags(parsed, resolution, tags, margins, rules);
  const kept = rules.filter((r) => !found.some((s) => overlaps(s.span, r.span)));
  return [...found, ...kept].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}
