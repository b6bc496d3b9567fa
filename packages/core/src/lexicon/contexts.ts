/**
 * Context words that hint at the kind of a neighbouring name, read by the entity tagger's document
 * cues. The sets are part of the trained entity model's features: changing one means retraining.
 */

/** Prepositions after which a name is often a place ("in Paris", "from Texas"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'from',
  'near',
  'to',
  'across',
  'outside',
  'throughout',
]);

/**
 * Inflected speech verbs after which a name is often a person or organisation ("Smith said").
 * Surface forms, not the cue lexicon's lemmas: the tagger reads words before any lemmatiser.
 */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'added',
  'announced',
  'stated',
  'wrote',
  'argued',
]);
