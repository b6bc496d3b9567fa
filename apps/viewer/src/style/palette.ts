import type { EdgeType, NodeKind } from '../graph/index.js';

// The colours of actors, kinds and edges are core's, so the viewer and the exports agree.
export { ACTOR_COLORS, EDGE_COLORS, KIND_COLORS } from '@parley/core/palette';

// Hex only: sigma's WebGL programs ignore hsl() colours.

/** Node colour when something else is focused. */
export const DIM_NODE = '#e2e8f0';
/** Edge colour when something else is focused. */
export const DIM_EDGE = '#f1f5f9';
/** The canvas background (also the PNG export's). */
export const BACKGROUND = '#f8fafc';
/** Label text colour. */
export const LABEL_COLOR = '#0f172a';

/** Human words for the legend. */
export const KIND_NAMES: Record<NodeKind, string> = {
  actor: 'Actors',
  statement: 'Statements',
  proposal: 'Proposals',
  article: 'Articles',
};
export const EDGE_NAMES: Record<EdgeType, string> = {
  said: 'said',
  reported_by: 'reported by',
  addressed_to: 'addressed to',
  mentions: 'mentions',
  about: 'about',
  proposes: 'proposes',
  supports: 'supports',
  rejects: 'rejects',
  affiliated_with: 'affiliated with',
  contains: 'contains',
};
