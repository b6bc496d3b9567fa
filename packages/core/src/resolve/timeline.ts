import { countBefore } from '../text/sorted-search.js';
import type { ActorFacts } from './registry.js';

/** One resolved mention on the article's timeline, as pronouns and descriptions look back at it. */
export interface TimelineEntry {
  start: number;
  sentence: number;
  facts: ActorFacts;
  subject: boolean;
  /** Governed by a preposition: a subject pronoun later in its sentence passes over it. */
  oblique?: boolean;
}

/** Index of the last entry starting before `start` (-1 when none); `entries` sorted by start. */
const lastBefore = (entries: TimelineEntry[], start: number): number =>
  countBefore(entries, (e) => e.start < start) - 1;

/**
 * Resolved mentions in text order. Names resolved in the first pass are sealed and sorted once;
 * pronouns and descriptions are added afterwards in text order, so both lists stay sorted and a
 * look-back is a binary search, not a scan.
 */
export class Timeline {
  private readonly base: TimelineEntry[] = [];
  private readonly added: TimelineEntry[] = [];
  private sealed = false;

  add(entry: TimelineEntry): void {
    if (!this.sealed) this.base.push(entry);
    else if (this.added.length === 0 || this.added.at(-1)!.start <= entry.start) this.added.push(entry);
  }

  /** Ends the first pass: sorts the names by position. */
  seal(): void {
    this.base.sort((a, b) => a.start - b.start);
    this.sealed = true;
  }

  /** Entries that start before `start`, nearest first, at most `limit` of them. */
  *before(start: number, limit: number): Generator<TimelineEntry> {
    let i = lastBefore(this.base, start);
    let j = lastBefore(this.added, start);
    for (let n = 0; n < limit && (i >= 0 || j >= 0); n++) {
      const a = this.base[i];
      const b = this.added[j];
      if (b === undefined || (a !== undefined && a.start >= b.start)) {
        yield a!;
        i--;
      } else {
        yield b;
        j--;
      }
    }
  }

  /** Whether the actor has a resolved mention in the sentence. */
  inSentence(facts: ActorFacts, sentence: number, start: number): boolean {
    for (const e of this.before(start, 40)) {
      if (e.sentence < sentence) return false;
      if (e.facts === facts) return true;
    }
    return false;
  }
}
