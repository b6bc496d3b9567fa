import type { Mention } from '../mentions/types.js';
import type { ActorFacts } from './registry.js';
import type { Timeline, TimelineEntry } from './timeline.js';

/** How far back (in sentences, and in resolved mentions) a pronoun may look for its antecedent. */
const WINDOW = 3;
const LOOK_BACK = 60;

/** Actor types "it" can stand for. */
const isThing = (type: string) =>
  type === 'organization' || type === 'country' || type === 'place' || type === 'media';

/**
 * Whether an actor can be what a pronoun stands for (type, gender and number agree). With
 * `collective`, "they" may also stand for an organisation ("the campaign ... they said").
 */
function agrees(pronoun: Mention, facts: ActorFacts, collective: boolean): boolean {
  const { type } = facts.draft;
  const text = pronoun.text.toLowerCase();
  if (text === 'it' || text === 'its') return isThing(type);
  if (pronoun.plural)
    return (
      type === 'group' ||
      (type === 'anonymous' && facts.plural) ||
      (collective && (type === 'organization' || type === 'media'))
    );
  if (type !== 'person' && !(type === 'anonymous' && !facts.plural)) return false;
  return !facts.gender || !pronoun.gender || facts.gender === pronoun.gender;
}

/**
 * Picks the actor a pronoun refers to: in its own sentence the nearest preceding subject that
 * agrees (else the nearest agreeing mention); in earlier sentences, the first agreeing subject of
 * the nearest sentence that has one. Never crosses more than three sentences. A speaker pronoun
 * (`speaker`) stands for someone: a "they" with no group before it may stand for an organisation.
 */
export function antecedentOf(pronoun: Mention, timeline: Timeline, speaker = false): ActorFacts | undefined {
  const before = agreeing(pronoun, timeline, false);
  if (before.length === 0 && speaker && pronoun.plural) before.push(...agreeing(pronoun, timeline, true));
  if (before.length === 0) return undefined;
  const same = before.filter((e) => e.sentence === pronoun.sentence);
  if (same.length) return (same.find((e) => e.subject) ?? same[0]!).facts;
  const nearest = before[0]!.sentence;
  const inNearest = before.filter((e) => e.sentence === nearest);
  // the main subject of the previous sentence is its first subject
  const subjects = inNearest.filter((e) => e.subject);
  if (subjects.length) return subjects.at(-1)!.facts;
  const otherSubject = before.find((e) => e.subject);
  return (otherSubject ?? before[0]!).facts;
}

/** The resolved mentions before a pronoun, nearest first, that it may stand for. */
function agreeing(pronoun: Mention, timeline: Timeline, collective: boolean): TimelineEntry[] {
  const before: TimelineEntry[] = [];
  for (const e of timeline.before(pronoun.span[0], LOOK_BACK)) {
    if (pronoun.sentence - e.sentence > WINDOW) break;
    if (agrees(pronoun, e.facts, collective)) before.push(e);
  }
  return before;
}
