import { basename, dirname, resolve } from 'node:path';
import {
  type ArticleInput,
  buildGraph,
  commitGraphFolder,
  defaultPoolSize,
  emptyTextTable,
  extractAll,
  InputError,
  listInputFiles,
  type ParleyGraph,
  readManifest,
  readMetaTable,
  type StoredArticle,
  storeArticleText,
  writeFileAtomic,
} from '@parley/core';
import { SingleBar } from 'cli-progress';
import { z } from 'zod';
import { readArticles } from '../io/articles.js';

/** `--jobs` as a number of worker threads: a whole number, at least 1. */
function jobCount(raw: string, ctx: z.RefinementCtx): number {
  const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (n >= 1) return n;
  ctx.addIssue({
    code: 'custom',
    message: `--jobs must be a whole number of worker threads, at least 1 (got "${raw}")`,
  });
  return z.NEVER;
}

export const BuildArgs = z.object({
  inputs: z.array(z.string().min(1)).min(1, 'give at least one article file or folder'),
  out: z
    .string()
    .min(1)
    .refine((p) => p.endsWith('.json'), '--out must name a .json file'),
  name: z.string().min(1).optional(),
  meta: z.string().min(1).optional(),
  layout: z.boolean().default(true),
  quiet: z.boolean().default(false),
  jobs: z.string().transform(jobCount).optional(),
});
export type BuildArgs = z.infer<typeof BuildArgs>;

export interface BuildSummary {
  articles: number;
  actors: number;
  statements: number;
  proposals: number;
  seconds: number;
  /** Worker threads that extracted the articles (0: in the command's own thread). */
  threads: number;
}

/** Counts the nodes of each kind in a built graph. */
export function countKinds(graph: ParleyGraph): Record<string, number> {
  const counts = emptyTextTable<number>();
  graph.forEachNode((_, a) => {
    counts[a.kind] = (counts[a.kind] ?? 0) + 1;
  });
  return counts;
}

/** True when `--out` names a graph folder's graph (`<folder>/graph.json`), which keeps its articles. */
export const isGraphFolderOut = (out: string) => basename(out) === 'graph.json';

/**
 * The articles of a graph folder build: each input's text stored in the folder, with the title, date,
 * publisher and URL its input gives, else those it already had there (same id, same text), so
 * rebuilding a folder keeps them.
 */
async function storeInputs(folder: string, articles: ArticleInput[]): Promise<StoredArticle[]> {
  const before = new Map((await readManifest(folder))?.articles.map((a) => [a.id, a]));
  const stored: StoredArticle[] = [];
  for (const { text, origin: _, ...meta } of articles) {
    const known = before.get(meta.id);
    const entry = await storeArticleText(folder, { ...known, ...meta }, text);
    stored.push(
      known && known.fingerprint === entry.fingerprint ? { ...known, sha256: entry.sha256 } : entry,
    );
  }
  return stored;
}

/** How the build extracted, for its summary line. */
const onThreads = (threads: number) =>
  threads === 0 ? '' : ` (extracted on ${threads} worker thread${threads === 1 ? '' : 's'})`;

/**
 * `parley build`: reads every article (all are checked before anything is written), extracts each,
 * assembles one graph and writes it atomically. Extraction runs on `--jobs` worker threads (default:
 * the cores less one), the graph the same whatever their number. When `--out` is a graph folder's `graph.json`, the
 * folder becomes the graph's store: the input texts are copied to its `articles/`, its
 * `manifest.json` lists them, and the previous graph and manifest are kept as `.bak`.
 */
export async function runBuild(args: BuildArgs, log: (line: string) => void): Promise<BuildSummary> {
  const started = performance.now();
  const files = await listInputFiles(args.inputs);
  const meta = args.meta ? await readMetaTable(args.meta) : undefined;
  const articles = await readArticles(files, meta);
  const origins = new Map<string, string>();
  for (const a of articles) {
    const first = origins.get(a.id);
    if (first)
      throw new InputError(`${a.origin}: the article id "${a.id}" is also ${first}'s (ids must be unique)`);
    origins.set(a.id, a.origin);
  }
  const folder = isGraphFolderOut(args.out) ? dirname(resolve(args.out)) : undefined;
  const stored = folder ? await storeInputs(folder, articles) : undefined;
  const showBar = !args.quiet && articles.length > 5 && process.stderr.isTTY;
  const bar = new SingleBar({
    format: 'extracting [{bar}] {value}/{total} articles',
    stream: process.stderr,
  });
  if (showBar) bar.start(articles.length, 0);
  const jobs = articles.map((a, i) => {
    const { text, origin: _, ...input } = a;
    const {
      sha256: __,
      fingerprint: ___,
      ...meta
    } = stored?.[i] ?? { ...input, sha256: '', fingerprint: '' };
    return { text, meta };
  });
  const { extractions, threads } = await extractAll(jobs, {
    jobs: args.jobs ?? defaultPoolSize(),
    onExtracted: () => showBar && bar.increment(),
  });
  if (showBar) bar.stop();
  const name = args.name ?? basename(dirname(args.out));
  const graph = buildGraph(extractions, { name, layout: args.layout });
  if (folder && stored) {
    await commitGraphFolder(folder, graph, {
      format: 'parley-graph-folder/1',
      extractor: '',
      articles: stored,
    });
  } else await writeFileAtomic(args.out, JSON.stringify(graph.export()));
  const counts = countKinds(graph);
  const summary: BuildSummary = {
    articles: counts.article ?? 0,
    actors: counts.actor ?? 0,
    statements: counts.statement ?? 0,
    proposals: counts.proposal ?? 0,
    seconds: Math.round((performance.now() - started) / 10) / 100,
    threads,
  };
  if (!args.quiet) {
    log(
      `built ${args.out}: ${summary.articles} articles, ${summary.actors} actors, ${summary.statements} statements, ${summary.proposals} proposals in ${summary.seconds} s${onThreads(threads)}`,
    );
  }
  return summary;
}
