export { findProposals } from './find.js';
export { proposalKey } from './key.js';
