/**
 * The canonical key of a proposal, from its label: case, accents, punctuation, dash styles and
 * the spellings "ceasefire" / "cease-fire" are ignored, so the same proposal named in two sentences
 * or two articles lands on one graph node.
 * @example proposalKey('Summit in Moscow') === proposalKey('summit in moscow') // true
 * @example proposalKey('Putin–Zelenskyy meeting') // 'proposal:putin-zelenskyy-meeting'
 */
export function proposalKey(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bcease\s*-?\s*fire\b/g, 'ceasefire')
    .replace(/\bu\.?s\.?(?=\s|$)/g, 'us')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `proposal:${slug || 'x'}`;
}
