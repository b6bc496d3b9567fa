export { findStatements } from './find.js';
