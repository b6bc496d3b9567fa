export { findStatements } from './find.js';
export * from './learned/index.js';
