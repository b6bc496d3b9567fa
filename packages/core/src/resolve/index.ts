export { resolveActors } from './resolve.js';
export type { Resolution } from './types.js';
