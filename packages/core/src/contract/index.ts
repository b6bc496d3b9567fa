export * from './schema.js';
export type * from './types.js';
export { graphJsonSchema, parseGraph } from './validate.js';
