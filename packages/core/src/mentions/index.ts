export { findMentions } from './find.js';
export type { Mention, MentionForm } from './types.js';
