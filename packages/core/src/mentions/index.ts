export { countryByCapital, countryByDemonym, countryByName, countryLexicon } from '../lexicon/countries.js';
export { type Chunk, type ChunkContext, findChunks } from './chunks.js';
export { classifyName } from './classify.js';
export { readAnonymous, readDescription, readGroup } from './descriptions.js';
export { findMentions, mentionContext } from './find.js';
export { nameMentions } from './names.js';
export { pronounFeatures, pronounMentions } from './pronouns.js';
export type { Gender, Mention, MentionForm } from './types.js';
export { isCapitalised, toWords, type Word } from './words.js';
