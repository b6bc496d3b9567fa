/**
 * @parley/core/palette: the colours of actors, node kinds and edges, shared by the viewer and the
 * exports. Browser-safe (plain data).
 */
export { ACTOR_COLORS, EDGE_COLORS, EXPORT_EDGE_COLORS, KIND_COLORS } from './export/style.js';
