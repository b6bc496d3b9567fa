import { inRange } from '@parley/core';
import type { z } from 'zod';
import type { ActorListQuery } from '../schemas/params.js';
import type { ActorProfile, ActorRef, ActorSummary, StatementView } from '../schemas/views.js';
import type { GraphIndex } from '../store/graph-index.js';
import { type Page, pageOf } from './page.js';
import { sortByDate, sortStatements, statementsInRange, type TimeFilter } from './time.js';

type ListQuery = z.output<typeof ActorListQuery>;

/**
 * Actors by type and name, most quoted first; with `q`, ranked by core's matcher instead (the
 * same ranking as the viewer's search: relevance, then statements).
 */
export function listActors(index: GraphIndex, q: ListQuery): Page<ActorSummary> {
  const found = q.q
    ? index.aliases.search(q.q).map((key) => index.actorSummary(key))
    : index.allActorSummaries();
  const matches = q.type ? found.filter((a) => a.type === q.type) : found;
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

/** Statement numbers inside the range, in the order asked for. */
function inTime(index: GraphIndex, list: number[], q: TimeFilter): number[] {
  const dated = statementsInRange(index, q);
  return sortStatements(index, dated ? list.filter(dated) : list, q.sort);
}

/** The actor's stances inside the range, in the order asked for (by their article's date). */
function stancesInTime(index: GraphIndex, key: string, q: TimeFilter) {
  const all = index.stances(key);
  const dateOf = (s: (typeof all)[number]) => (s.article ? index.articleRef(s.article).date : undefined);
  const kept = q.since || q.until ? all.filter((s) => inRange(dateOf(s), q.since, q.until)) : all;
  return sortByDate(kept, dateOf, q.sort);
}

/**
 * Everything about one actor: aliases, title, affiliations, what they said, what others said about
 * them, their proposals and stances, and whom they talk about most. Statement and stance lists
 * hold the first `limit` (their `total` is the full count), inside the date range and in the order
 * asked for.
 */
export function actorProfile(
  index: GraphIndex,
  key: string,
  limit: number,
  q: TimeFilter = {},
): ActorProfile {
  const core = profileCore(index, key);
  const view = (i: number): StatementView => index.statement(i);
  const timed = Boolean(q.since || q.until || q.sort);
  const stances = timed ? stancesInTime(index, key, q) : undefined;
  return {
    ...core.summary,
    affiliations: core.affiliations,
    members: core.members,
    said: pageOf(timed ? inTime(index, core.said, q) : core.said, limit, 0, view),
    saidAbout: pageOf(timed ? inTime(index, core.saidAbout, q) : core.saidAbout, limit, 0, view),
    stances: {
      total: stances?.length ?? index.stancesOf.get(key)?.length ?? 0,
      limit,
      offset: 0,
      items: stances?.slice(0, limit) ?? index.stances(key, limit),
    },
    talksAbout: core.talksAbout,
  };
}
