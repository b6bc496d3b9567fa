import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/index.js';
import { parseText } from '../text/index.js';
import { nameKey } from '../text/normalize.js';
import { resolveActors } from './resolve.js';
import type { ActorDraft } from './types.js';

interface ExpectedActor {
  label: string;
  type: string;
  aliases: string[];
  title?: string;
  affiliations?: string[];
}
interface ExpectedSpeaker {
  phrase: string;
  occurrence: number;
  span?: string;
  actor: string;
  creates?: string;
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/seed-actors.json', import.meta.url), 'utf8')) as {
  article: string;
  actors: ExpectedActor[];
  notActors: string[];
  speakers: ExpectedSpeaker[];
};
const text = readFileSync(new URL(`../../../../${fixture.article}`, import.meta.url), 'utf8');
const parsed = parseText(text);
const resolution = resolveActors(parsed, findMentions(parsed));
// the actors the mention stage finds, before any speaker lookup adds groups
const found = [...resolution.actors];
const byId = new Map(found.map((a) => [a.id, a]));
const named = (label: string) => found.filter((a) => a.label === label);

/** Span of the n-th occurrence of `phrase`, narrowed to its leading `span` words. */
function spanOf({ phrase, occurrence, span }: ExpectedSpeaker): [number, number] {
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`"${phrase}" occurs fewer than ${occurrence} times`);
  return [at, at + (span ?? phrase).length];
}

describe('the seed article: every annotated actor, one per entity', () => {
  it.each(fixture.actors.map((a) => [a.label, a] as const))('%s', (_label, expected) => {
    const matches = named(expected.label);
    expect(matches, `one actor labelled "${expected.label}"`).toHaveLength(1);
    const actor = matches[0]!;
    expect(actor.type).toBe(expected.type);
    expect(actor.aliases).toEqual(expect.arrayContaining([expected.label, ...expected.aliases]));
    if (expected.title) expect(actor.title).toBe(expected.title);
    const affiliations = actor.affiliations.map((id) => byId.get(id)?.label);
    expect(affiliations).toEqual(expect.arrayContaining(expected.affiliations ?? []));
    // no other actor claims any of its names
    for (const alias of actor.aliases) {
      const others = found.filter((a) => a !== actor && a.aliases.some((o) => nameKey(o) === nameKey(alias)));
      expect(
        others.map((a) => a.label),
        `"${alias}" is ${actor.label}'s`,
      ).toEqual([]);
    }
  });

  it('finds no actor beyond the annotated ones', () => {
    const expected = new Set(fixture.actors.map((a) => a.label));
    expect(found.map((a) => a.label).filter((l) => !expected.has(l))).toEqual([]);
  });

  it('makes no actor of weekdays, sentence-initial words or places that only locate', () => {
    const names = new Set(found.flatMap((a: ActorDraft) => a.aliases.map(nameKey)));
    expect(fixture.notActors.filter((n) => names.has(nameKey(n)))).toEqual([]);
  });
});

describe('the seed article: speakerAt on names, titles, pronouns, descriptions and groups', () => {
  it.each(fixture.speakers.map((s) => [`${s.span ?? s.phrase} (${s.phrase} #${s.occurrence})`, s] as const))(
    '%s',
    (_name, s) => {
      const actor = resolution.speakerAt(spanOf(s));
      expect(actor?.label).toBe(s.actor);
      if (s.creates) expect(actor?.type).toBe(s.creates);
    },
  );

  it('returns the same actor again for a group it created', () => {
    const reporters = fixture.speakers.find((s) => s.phrase === 'reporters')!;
    expect(resolution.speakerAt(spanOf(reporters))).toBe(resolution.speakerAt(spanOf(reporters)));
  });
});
