export { findProposals } from './find.js';
