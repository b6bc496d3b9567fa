import type { Mention } from '../mentions/types.js';
import type { ActorFacts } from './registry.js';
import type { Timeline, TimelineEntry } from './timeline.js';

/** How far back (in sentences, and in resolved mentions) a pronoun may look for its antecedent. */
const WINDOW = 3;
/** A speaker pronoun stands for someone: it may look farther back ("..., he said" a paragraph on). */
const SPEAKER_WINDOW = 6;
const LOOK_BACK = 60;

/** Whether an actor can be what a pronoun stands for (type, gender and number agree). */
function agrees(pronoun: Mention, facts: ActorFacts): boolean {
  const { type } = facts.draft;
  const text = pronoun.text.toLowerCase();
  if (text === 'it' || text === 'its')
    return type === 'organization' || type === 'country' || type === 'place' || type === 'media';
  if (pronoun.plural) return type === 'group' || (type === 'anonymous' && facts.plural);
  if (type !== 'person' && !(type === 'anonymous' && !facts.plural)) return false;
  return !facts.gender || !pronoun.gender || facts.gender === pronoun.gender;
}

/**
 * Picks the actor a pronoun refers to: in its own sentence the nearest preceding subject that
 * agrees (else the nearest agreeing mention); in earlier sentences, the first agreeing subject of
 * the nearest sentence that has one. Never crosses more than three sentences (six for a
 * `speaker` pronoun, which stands for someone).
 */
export function antecedentOf(pronoun: Mention, timeline: Timeline, speaker = false): ActorFacts | undefined {
  const window = speaker ? SPEAKER_WINDOW : WINDOW;
  const before: TimelineEntry[] = [];
  for (const e of timeline.before(pronoun.span[0], LOOK_BACK)) {
    if (pronoun.sentence - e.sentence > window) break;
    if (agrees(pronoun, e.facts)) before.push(e);
  }
  if (before.length === 0) return undefined;
  const same = before.filter((e) => e.sentence === pronoun.sentence);
  const sameSubject = same.find((e) => e.subject);
  if (sameSubject) return sameSubject.facts;
  const earlier = before.filter((e) => e.sentence < pronoun.sentence);
  // "Placed under the care of a Dr. Bailey, he ...": a subject pronoun passes over the objects of
  // prepositions before it to the subject of an earlier sentence ("Josh Kindig, he's ..." does not)
  if (
    NOMINATIVE.has(pronoun.text.toLowerCase().replace(/['’].*/, '')) &&
    same.length &&
    same.every((e) => e.oblique)
  )
    return (firstSubject(earlier) ?? same[0]!).facts;
  if (same.length) return same[0]!.facts;
  return (firstSubject(earlier) ?? earlier[0]!).facts;
}

/** Pronouns that stand as a clause's subject. */
const NOMINATIVE = new Set(['he', 'she', 'they']);

/**
 * The first subject of the nearest earlier sentence that has one (the main subject of a sentence is
 * its first), else undefined. `before` runs from the nearest entry backwards.
 */
function firstSubject(before: TimelineEntry[]): TimelineEntry | undefined {
  const nearestWithSubject = before.find((e) => e.subject)?.sentence;
  if (nearestWithSubject === undefined) return undefined;
  return before.filter((e) => e.sentence === nearestWithSubject && e.subject).at(-1);
}
