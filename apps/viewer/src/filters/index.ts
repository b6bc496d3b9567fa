// The filters: which drawn nodes and edges the analyst's choices leave on screen.
export * from './drawn.js';
export * from './nodes.js';
export * from './types.js';
