import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Span } from '../contract/types.js';
import { extractArticle } from '../extract/index.js';

interface Expected {
  speaker: string | null;
  cue: string;
  lemma: string;
  content: string[];
  mode: 'direct' | 'indirect' | 'mixed';
  speakers?: number;
  reportedBy?: string[];
  addressedTo?: string[];
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/seed-statements.json', import.meta.url), 'utf8'),
) as {
  article: string;
  statements: Expected[];
};
const text = readFileSync(new URL(`../../../../${fixture.article}`, import.meta.url), 'utf8');
const extraction = extractArticle(text, { id: '000_6b75679a6597cec9' });
const actorsById = new Map(extraction.actors.map((a) => [a.id, a]));

/** The span of an expected content: from its first fragment to its last, found in order in the text. */
function expectedSpan(fragments: string[], from: number): Span {
  let at = from;
  let start = -1;
  for (const f of fragments) {
    const found = text.indexOf(f, at);
    if (found < 0) throw new Error(`fixture fragment not in the seed: ${f}`);
    if (start < 0) start = found;
    at = found + f.length;
  }
  return [start, at];
}

const overlap = (a: Span, b: Span) =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0])) / Math.max(a[1] - a[0], b[1] - b[0]);
const norm = (s: string) => s.toLowerCase().replace(/^the /, '');
/** Whether an actor id names the phrase (an alias inside the phrase or the phrase inside an alias). */
const names = (id: string, phrase: string) =>
  (actorsById.get(id)?.aliases ?? []).some(
    (alias) => norm(phrase).includes(norm(alias)) || norm(alias).includes(norm(phrase)),
  );

describe('the seed article: every hand-annotated statement is found', () => {
  let searchFrom = 0;
  const annotated: Span[] = [];
  for (const e of fixture.statements) {
    const span = expectedSpan(e.content, searchFrom);
    searchFrom = span[0];
    annotated.push(span);
    it(`${e.speaker ?? '(implicit)'} ${e.cue}: ${e.content[0]!.slice(0, 60)}`, () => {
      const found = extraction.statements.find(
        (s) => text.slice(...s.cueSpan) === e.cue && overlap(s.span, span) >= 0.8,
      );
      expect(found, 'a statement with this cue and content').toBeDefined();
      const s = found!;
      expect(s.speakerSpan ? text.slice(...s.speakerSpan) : null).toBe(e.speaker);
      expect(s.cue).toBe(e.lemma);
      expect(s.mode).toBe(e.mode);
      expect(s.text).toBe((s.fragments ?? [s.span]).map((f) => text.slice(...f)).join(' '));
      if (e.speakers) expect(s.speakers).toHaveLength(e.speakers);
      expect((s.reporterSpans ?? []).map((r) => text.slice(...r))).toEqual(e.reportedBy ?? []);
      expect(s.addresseeSpan ? [text.slice(...s.addresseeSpan)] : []).toEqual(e.addressedTo ?? []);
    });
  }

  it('resolves speakers and reporters to actors where the phrase names one', () => {
    const people = /Trump|Putin|Lavrov|Leavitt|Macron|Starmer|Polyanskiy|Switzerland|Russia|Anton/;
    const named = extraction.statements.filter(
      (s) => s.speakerSpan && people.test(text.slice(...s.speakerSpan)),
    );
    expect(named.length).toBeGreaterThan(15);
    for (const s of named) expect(s.speakers.length, text.slice(...s.speakerSpan!)).toBeGreaterThan(0);
    const lavrov = extraction.statements.find((s) => s.text.startsWith('that any summit'));
    expect(lavrov?.reportedBy.some((id) => names(id, 'The Hill'))).toBe(true);
  });

  it('finds at most one statement the annotation does not have', () => {
    const extra = extraction.statements.filter((s) => !annotated.some((a) => overlap(a, s.span) >= 0.8));
    expect(extra.map((s) => s.text).length, extra.map((s) => s.text).join(' | ')).toBeLessThanOrEqual(1);
  });
});
