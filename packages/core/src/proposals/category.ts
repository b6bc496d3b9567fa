import type { ProposalCategory } from '../contract/types.js';
import { CATEGORY_WORDS } from '../lexicon/proposals.js';

/** A label's words in lower case, each also in a singular form ("taxes" → "tax", "detainees" → "detainee"). */
function labelWords(label: string): Set<string> {
  const words = new Set<string>();
  for (const raw of label.toLowerCase().split(/[^\p{L}$-]+/u)) {
    const w = raw.replace(/['’]s$/, '');
    if (!w) continue;
    words.add(w);
    if (/ies$/.test(w)) words.add(w.replace(/ies$/, 'y'));
    else if (/(ch|sh|x|ss)es$/.test(w)) words.add(w.replace(/es$/, ''));
    else if (/s$/.test(w)) words.add(w.replace(/s$/, ''));
  }
  return words;
}

/**
 * The general category of a proposal that no concept of the lexicon names, from the words of its
 * label: appointment, trade, spending, election, security, legislation or policy; else 'other'.
 * @example categoryOf('Nomination of Abid Qureshi as a federal judge') // 'appointment'
 * @example categoryOf('Overhaul of corporate taxes') // 'spending'
 */
export function categoryOf(label: string): ProposalCategory {
  const words = labelWords(label);
  for (const [category, cues] of CATEGORY_WORDS) for (const w of words) if (cues.has(w)) return category;
  return 'other';
}
