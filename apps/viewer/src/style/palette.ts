import type { EdgeType, NodeKind } from '../graph/index.js';
import type { DerivedEdgeType } from '../views/types.js';

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

/** Colours of the edges the views derive (hex: sigma ignores hsl()). */
export const VIEW_EDGE_COLORS: Record<DerivedEdgeType, string> = {
  talks_about: '#6366f1',
  same_stance: '#16a34a',
  opposite_stance: '#dc2626',
  reports: '#b45309',
};
export const VIEW_EDGE_NAMES: Record<DerivedEdgeType, string> = {
  talks_about: 'talks about',
  same_stance: 'same stance',
  opposite_stance: 'opposite stance',
  reports: 'reports',
};

/**
 * Community colours, largest community first (a categorical palette that stays apart on a light
 * background); communities past the palette share the last, neutral entry.
 */
export const COMMUNITY_COLORS = [
  '#2563eb',
  '#dc2626',
  '#16a34a',
  '#9333ea',
  '#ea580c',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#ca8a04',
  '#4f46e5',
  '#0d9488',
  '#94a3b8',
] as const;

/** The colour of community `n` (0 the largest). */
export const communityColor = (n: number): string =>
  COMMUNITY_COLORS[Math.min(n, COMMUNITY_COLORS.length - 1)] ?? '#94a3b8';
