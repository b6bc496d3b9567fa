import { fold, slugify } from '../text/normalize.js';

/**
 * The canonical key of a proposal, from its label: case, accents, punctuation, dash styles and
 * the spellings "ceasefire" / "cease-fire" are ignored, so the same proposal named in two sentences
 * or two articles lands on one graph node.
 * @example proposalKey('Summit in Moscow') === proposalKey('summit in moscow') // true
 * @example proposalKey('Putin–Zelenskyy meeting') // 'proposal:putin-zelenskyy-meeting'
 */
export function proposalKey(label: string): string {
  const spelled = fold(label)
    .replace(/\bcease\s*-?\s*fire\b/g, 'ceasefire')
    .replace(/\bu\.?s\.?(?=\s|$)/g, 'us');
  return `proposal:${slugify(spelled)}`;
}
