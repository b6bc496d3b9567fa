import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProposalCategorySchema } from '../contract/schema.js';
import { extractArticle } from '../extract/index.js';
import type { Extraction } from '../extract/types.js';
import type { ActorDraft } from '../resolve/types.js';
import { proposalKey } from './key.js';

const StanceSchema = z.object({
  /** A pattern matched (case-insensitively) against the actor's label and aliases. */
  actor: z.string(),
  stance: z.enum(['proposes', 'supports', 'rejects']),
  /** An offset inside the stance's evidence span. */
  at: z.number().int().nonnegative(),
  /** Required only once the actor stage yields an actor matching `actor`. */
  ifActor: z.boolean().optional(),
});

const FixtureSchema = z.object({
  article: z.string(),
  /** Relative to the repository root. */
  path: z.string(),
  note: z.string().optional(),
  /** Share of the stances found that must be annotated ones. */
  minPrecision: z.number().min(0).max(1),
  proposals: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      category: ProposalCategorySchema,
      stances: z.array(StanceSchema),
    }),
  ),
});
type Fixture = z.infer<typeof FixtureSchema>;
type AnnotatedStance = z.infer<typeof StanceSchema> & { key: string };

const repoRoot = new URL('../../../../', import.meta.url);
const fixture = (name: string): Fixture =>
  FixtureSchema.parse(JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')));

const names = (a: ActorDraft) => [a.label, ...a.aliases];
const matchesActor = (a: ActorDraft | undefined, pattern: string) =>
  !!a && names(a).some((n) => new RegExp(pattern, 'i').test(n));

/** Whether an extracted stance is the annotated one: same proposal, actor, stance, and evidence at the offset. */
function isAnnotated(
  x: Extraction,
  key: string,
  st: Extraction['proposals'][number]['stances'][number],
  a: AnnotatedStance,
) {
  const actor = x.actors.find((c) => c.id === st.actor);
  return (
    key === a.key &&
    st.stance === a.stance &&
    st.span[0] <= a.at &&
    a.at < st.span[1] &&
    matchesActor(actor, a.actor)
  );
}

/** The checks every annotated article gets: proposals, stances, precision and evidence. */
function describeArticle(name: string) {
  const f = fixture(name);
  const file = fileURLToPath(new URL(f.path, repoRoot));
  const present = existsSync(file);
  if (!present)
    console.warn(`skipping ${name}: ${file} is absent (the shared evaluation data is not checked out)`);

  describe.skipIf(!present)(`proposals of ${f.article} (${name})`, () => {
    const text = present ? readFileSync(file, 'utf8') : '';
    const x = present ? extractArticle(text, { id: f.article }) : ({} as Extraction);
    const byKey = new Map(present ? x.proposals.map((p) => [proposalKey(p.label), p]) : []);
    const annotated: AnnotatedStance[] = f.proposals.flatMap((p) =>
      p.stances.map((s) => ({ ...s, key: proposalKey(p.label) })),
    );

    it.each(f.proposals.map((p) => [p.label, p] as const))('finds "%s" with its category', (_, p) => {
      const found = byKey.get(proposalKey(p.label));
      expect(found, `labels found: ${[...byKey.values()].map((q) => q.label).join(' | ')}`).toBeDefined();
      expect(found?.category).toBe(p.category);
    });

    it('finds every annotated stance, by the right actor, with its evidence span', () => {
      const missing = annotated
        .filter((a) => !a.ifActor || x.actors.some((c) => matchesActor(c, a.actor)))
        .filter((a) => {
          const p = byKey.get(a.key);
          return !p?.stances.some((st) => isAnnotated(x, a.key, st, a));
        })
        .map((a) => `${a.key} ${a.actor} ${a.stance} @${a.at}`);
      expect(missing).toEqual([]);
    });

    it(`finds few stances nobody annotated (precision at least ${f.minPrecision})`, () => {
      const found = [...byKey].flatMap(([key, p]) => p.stances.map((st) => ({ key, st })));
      const right = found.filter(({ key, st }) => annotated.some((a) => isAnnotated(x, key, st, a)));
      expect(found.length).toBeGreaterThan(0);
      expect(right.length / found.length).toBeGreaterThanOrEqual(f.minPrecision);
    });

    it('ties stances and `about` links to real statements of the same sentence', () => {
      for (const p of x.proposals) {
        expect(text.slice(...p.span).length).toBeGreaterThan(0);
        for (const i of p.statements) expect(x.statements[i]).toBeDefined();
        for (const st of p.stances) {
          if (st.statement === null) continue;
          const s = x.statements[st.statement]!;
          const [from, to] = [Math.min(s.span[0], s.cueSpan[0]), Math.max(s.span[1], s.cueSpan[1])];
          const sentenceOf = (at: number) => text.lastIndexOf('\n', at);
          // the evidence holds the stance, or sits in the same paragraph line
          expect(
            from <= st.span[1] && st.span[0] <= to ? true : sentenceOf(from) === sentenceOf(st.span[0]),
          ).toBe(true);
          expect(p.statements).toContain(st.statement);
        }
      }
    });
  });
}

// The two PolNeAR articles that once had fixtures here are now in polnear/heldout, which is for
// measuring only: `scripts/bench/proposals-score.mjs --split heldout` scores them with the rest.
describeArticle('seed.json');
