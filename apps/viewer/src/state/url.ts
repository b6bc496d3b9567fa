import { z } from 'zod';
import { type EgoDepth, isDay, NO_FILTERS } from '../filters/index.js';
import { ACTOR_TYPES, EDGE_TYPES, NODE_KINDS } from '../graph/index.js';
import { SIZE_MODES, type SizeBy } from '../style/index.js';
import { VIEW_NAMES, type ViewName } from '../views/index.js';
import type { CameraSnapshot, ViewState } from './types.js';

/** The view a bare address opens. */
export const DEFAULT_VIEW: ViewState = {
  graph: null,
  view: 'full',
  selected: null,
  filters: NO_FILTERS,
  camera: null,
  sizeBy: 'statements',
  explore: 0,
};

/** Keeps the entries of a comma list that belong to `allowed`, dropping anything else. */
function listOf<T extends string>(allowed: readonly T[], raw: string | null): T[] {
  if (!raw) return [];
  const ok = new Set<string>(allowed);
  return [...new Set(raw.split(',').filter((v) => ok.has(v)))] as T[];
}

const CameraSchema = z
  .string()
  .transform((raw) => raw.split(',').map(Number))
  .pipe(z.tuple([z.number(), z.number(), z.number().positive(), z.number()]))
  .transform(([x, y, ratio, angle]): CameraSnapshot => ({ x, y, ratio, angle }));

const NameSchema = z.string().min(1).max(200);
const EgoSchema = z.coerce.number().int().min(0).max(2);

const round = (n: number) => Number(n.toFixed(4));

/** A threshold from the URL: a whole number from 0 to `max`, else 0 (off). */
function count(raw: string | null, max = 1_000_000): number {
  const n = Number(raw ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= max ? n : 0;
}

/** `value` when it is one of `allowed`, else `fallback`. */
function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

/** A `YYYY-MM-DD` day naming a real date, else null. */
function day(value: string | null): string | null {
  if (!value || !isDay(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isFinite(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : null;
}

/**
 * Reads a view from a query string. Unknown or malformed values fall back to the defaults, so a
 * hand-edited link still opens.
 * @example parseView('?graph=demo&node=actor%3Aputin&hide=statement').filters.hiddenKinds // ['statement']
 */
export function parseView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const name = (key: string) => {
    const r = NameSchema.safeParse(q.get(key));
    return r.success ? r.data : null;
  };
  const camera = CameraSchema.safeParse(q.get('cam'));
  const ego = EgoSchema.safeParse(q.get('ego') ?? 0);
  const minConfidence = Number(q.get('minConf') ?? 0);
  return {
    graph: name('graph'),
    view: oneOf<ViewName>(VIEW_NAMES, q.get('view'), 'full'),
    selected: name('node'),
    filters: {
      hiddenKinds: listOf(NODE_KINDS, q.get('hide')),
      hiddenActorTypes: listOf(ACTOR_TYPES, q.get('hideActors')),
      hiddenEdgeTypes: listOf(EDGE_TYPES, q.get('hideEdges')),
      article: name('article'),
      ego: (ego.success ? ego.data : 0) as EgoDepth,
      minConfidence: minConfidence >= 0 && minConfidence <= 1 ? minConfidence : 0,
      since: day(q.get('since')),
      until: day(q.get('until')),
      publisher: name('publisher'),
      minWeight: count(q.get('minWeight')),
      minDegree: count(q.get('minDegree')),
      hideIsolated: q.get('isolated') === 'hide',
    },
    camera: camera.success ? camera.data : null,
    sizeBy: oneOf<SizeBy>(SIZE_MODES, q.get('size'), 'statements'),
    explore: exploreBudget(q.get('explore')),
  };
}

/** The overview budget `explore=1` asks for; `explore=N` asks for N nodes (at most the API's 5,000). */
export const DEFAULT_EXPLORE_BUDGET = 300;

function exploreBudget(value: string | null): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n <= 0) return 0;
  return n === 1 ? DEFAULT_EXPLORE_BUDGET : Math.min(n, 5000);
}

/**
 * Writes a view as a query string holding only what differs from the defaults.
 * @example formatView({ ...DEFAULT_VIEW, graph: 'demo' }) // '?graph=demo'
 */
export function formatView(view: ViewState): string {
  const q = new URLSearchParams();
  const f = view.filters;
  if (view.graph) q.set('graph', view.graph);
  if (view.view !== 'full') q.set('view', view.view);
  if (view.selected) q.set('node', view.selected);
  if (f.hiddenKinds.length) q.set('hide', f.hiddenKinds.join(','));
  if (f.hiddenActorTypes.length) q.set('hideActors', f.hiddenActorTypes.join(','));
  if (f.hiddenEdgeTypes.length) q.set('hideEdges', f.hiddenEdgeTypes.join(','));
  if (f.article) q.set('article', f.article);
  if (f.ego) q.set('ego', String(f.ego));
  if (f.minConfidence) q.set('minConf', String(f.minConfidence));
  if (f.since) q.set('since', f.since);
  if (f.until) q.set('until', f.until);
  if (f.publisher) q.set('publisher', f.publisher);
  if (f.minWeight) q.set('minWeight', String(f.minWeight));
  if (f.minDegree) q.set('minDegree', String(f.minDegree));
  if (f.hideIsolated) q.set('isolated', 'hide');
  if (view.sizeBy !== 'statements') q.set('size', view.sizeBy);
  if (view.explore) q.set('explore', String(view.explore));
  const c = view.camera;
  if (c) q.set('cam', [c.x, c.y, c.ratio, c.angle].map(round).join(','));
  const s = q.toString();
  return s ? `?${s}` : '';
}
