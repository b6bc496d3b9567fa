export { acronymOf, compatiblePersonNames, editDistance, sameSurname } from './names.js';
export { resolveActors } from './resolve.js';
export type { Resolution } from './types.js';
