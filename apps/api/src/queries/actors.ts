import { fold } from '@parley/core/normalize';
import type { z } from 'zod';
import type { ActorListQuery } from '../schemas/params.js';
import type { ActorProfile, ActorRef, ActorSummary, StatementView } from '../schemas/views.js';
import type { GraphIndex } from '../store/graph-index.js';
import { type Page, pageOf } from './page.js';

type ListQuery = z.output<typeof ActorListQuery>;

const folded = new WeakMap<ActorSummary, string>();

/** An actor's label and aliases, folded, one per line (for substring search), computed once. */
function foldedNames(a: ActorSummary): string {
  let names = folded.get(a);
  if (names === undefined) {
    names = fold([a.label, ...a.aliases].join('\n'));
    folded.set(a, names);
  }
  return names;
}

/** Actors by type and part of a name, most quoted first (then most mentioned, then graph order). */
export function listActors(index: GraphIndex, q: ListQuery): Page<ActorSummary> {
  const needle = q.q ? fold(q.q) : undefined;
  const all = index.allActorSummaries();
  const matches =
    q.type || needle
      ? all.filter((a) => (!q.type || a.type === q.type) && (!needle || foldedNames(a).includes(needle)))
      : all;
  return pageOf(matches, q.limit, q.offset, (s) => s);
}

/** The parts of a profile that do not depend on paging, computed once per actor and graph version. */
interface ProfileCore {
  summary: ActorSummary;
  affiliations: ActorRef[];
  members: ActorRef[];
  said: number[];
  saidAbout: number[];
  talksAbout: ActorProfile['talksAbout'];
}

const cores = new WeakMap<GraphIndex, Map<string, ProfileCore>>();

/** Actors most mentioned in what `key` said (top 10). */
function talksAbout(index: GraphIndex, key: string, said: number[]): ActorProfile['talksAbout'] {
  const counts = new Map<string, number>();
  for (const i of said) {
    for (const other of new Set(index.mentionsOf(i))) {
      if (other !== key) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 10)
    .map(([other, statements]) => ({ actor: index.actorRef(other), statements }));
}

function profileCore(index: GraphIndex, key: string): ProfileCore {
  const byActor = cores.get(index) ?? new Map<string, ProfileCore>();
  cores.set(index, byActor);
  const cached = byActor.get(key);
  if (cached) return cached;
  const g = index.graph;
  const said = index.bySpeaker.get(key) ?? [];
  const core: ProfileCore = {
    summary: index.actorSummary(key),
    affiliations: g
      .outEdges(key)
      .flatMap((e) =>
        g.getEdgeAttribute(e, 'type') === 'affiliated_with' ? [index.actorRef(g.target(e))] : [],
      ),
    members: g
      .inEdges(key)
      .flatMap((e) =>
        g.getEdgeAttribute(e, 'type') === 'affiliated_with' ? [index.actorRef(g.source(e))] : [],
      ),
    said,
    saidAbout: (index.byMention.get(key) ?? []).filter((i) => !index.speakersOf(i).includes(key)),
    talksAbout: talksAbout(index, key, said),
  };
  byActor.set(key, core);
  return core;
}

/**
 * Everything about one actor: aliases, title, affiliations, what they said, what others said about
 * them, their proposals and stances, and whom they talk about most. Statement and stance lists
 * hold the first `limit` (their `total` is the full count).
 */
export function actorProfile(index: GraphIndex, key: string, limit: number): ActorProfile {
  const core = profileCore(index, key);
  const view = (i: number): StatementView => index.statement(i);
  return {
    ...core.summary,
    affiliations: core.affiliations,
    members: core.members,
    said: pageOf(core.said, limit, 0, view),
    saidAbout: pageOf(core.saidAbout, limit, 0, view),
    stances: {
      total: index.stancesOf.get(key)?.length ?? 0,
      limit,
      offset: 0,
      items: index.stances(key, limit),
    },
    talksAbout: core.talksAbout,
  };
}
