import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, extractArticle } from '@parley/core';

/** The seed graph's articles in the repository. */
export const SEED_ARTICLES = fileURLToPath(
  new URL('../../../../graphs/ukraine-peace-talks/articles', import.meta.url),
);

const SYNTHETIC = new URL('../../../../scripts/bench/lib/synthetic-graph.mjs', import.meta.url).href;

/** Contract JSON of the benchmarks' synthetic graph (deterministic; it has proposals and stances). */
export async function syntheticGraphJson(articles: number): Promise<unknown> {
  const { syntheticGraph } = (await import(SYNTHETIC)) as { syntheticGraph: (o: object) => unknown };
  return syntheticGraph({ articles });
}

/**
 * A temporary graphs folder holding `ukraine-peace-talks` built now, by the real core, from the
 * seed articles (copied beside it, as in `graphs/`), and `synthetic`, a small synthetic graph.
 * Call `remove()` when done.
 */
export async function seedGraphsDir(): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-api-'));
  const graphDir = join(dir, 'ukraine-peace-talks');
  cpSync(SEED_ARTICLES, join(graphDir, 'articles'), { recursive: true });
  const files = readdirSync(SEED_ARTICLES).filter((f) => f.endsWith('.txt'));
  const extractions = files.map((f) =>
    extractArticle(readFileSync(join(SEED_ARTICLES, f), 'utf8'), { id: basename(f, '.txt') }),
  );
  const graph = buildGraph(extractions, { name: 'ukraine-peace-talks', layout: true });
  writeFileSync(join(graphDir, 'graph.json'), JSON.stringify(graph.export()));
  mkdirSync(join(dir, 'synthetic'));
  writeFileSync(join(dir, 'synthetic', 'graph.json'), JSON.stringify(await syntheticGraphJson(30)));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The seed article's text. */
export function seedText(): string {
  const file = readdirSync(SEED_ARTICLES).find((f) => f.endsWith('.txt')) as string;
  return readFileSync(join(SEED_ARTICLES, file), 'utf8');
}
