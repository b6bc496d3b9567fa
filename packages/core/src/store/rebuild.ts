import { extractArticle } from '../extract/extract.js';
import type { Extraction } from '../extract/types.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import { buildGraph } from '../graph/build.js';
import { InputError, readArticleFile } from '../io/article-text.js';
import { commitGraphFolder } from './commit.js';
import {
  articleTextPath,
  graphArticleIds,
  graphFolderPaths,
  manifestFromFolder,
  removeStaleTemporaryFiles,
  sha256Of,
} from './folder.js';
import { type Manifest, readManifest, writeManifest } from './manifest.js';

export interface RebuildOptions {
  /** Re-extract even when the graph is up to date. */
  force?: boolean;
  /** Compute the ForceAtlas2 layout (default true). */
  layout?: boolean;
  /** Graph name stored in the graph (default: the folder's name). */
  name?: string;
  log?: (line: string) => void;
}

export interface RebuildResult {
  rebuilt: boolean;
  /** Why it was (or was not) rebuilt. */
  reason: string;
  articles: number;
}

/** Why a graph folder needs re-extracting, or undefined when its graph is what its manifest says. */
async function staleness(folder: string, manifest: Manifest): Promise<string | undefined> {
  if (manifest.extractor !== EXTRACTOR_VERSION) {
    return `built by extractor "${manifest.extractor || 'unknown'}", this is "${EXTRACTOR_VERSION}"`;
  }
  const inGraph = await graphArticleIds(graphFolderPaths(folder).graph);
  if (!inGraph) return 'graph.json is missing';
  const listed = new Set(manifest.articles.map((a) => a.id));
  const same = inGraph.size === listed.size && [...listed].every((id) => inGraph.has(id));
  return same ? undefined : "graph.json does not hold exactly the manifest's articles (an interrupted write)";
}

/**
 * Brings a graph folder up to date from its own store: when its manifest's extractor version is not
 * this one (or `force`, or `graph.json` is missing or out of step with the manifest after a crash),
 * re-extracts exactly the manifest's articles from their stored texts, keeping ids, titles, dates
 * and publishers, and commits the new graph ({@link commitGraphFolder}: the old one is kept as
 * `graph.json.bak`). A folder without a manifest gets one from its graph and texts first. Stale
 * temporary files of crashed writers are removed. Texts in `articles/` the manifest does not list
 * (never acknowledged) are left where they are, not added.
 * @throws InputError when a listed article's text is missing or unreadable (nothing is replaced)
 * @example await rebuildGraphFolder('graphs/ukraine-peace-talks');
 */
export async function rebuildGraphFolder(
  folder: string,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const log = options.log ?? (() => {});
  for (const file of await removeStaleTemporaryFiles(folder)) log(`removed stale temporary file ${file}`);
  let manifest = await readManifest(folder);
  if (!manifest) {
    const made = await manifestFromFolder(folder);
    for (const id of made.missing) log(`article "${id}" of graph.json has no readable text; left out`);
    manifest = made.manifest;
    await writeManifest(folder, manifest);
    log(`wrote ${graphFolderPaths(folder).manifest} (${manifest.articles.length} articles)`);
  }
  const reason = options.force ? 'forced' : await staleness(folder, manifest);
  if (!reason) return { rebuilt: false, reason: 'up to date', articles: manifest.articles.length };
  const extractions: Extraction[] = [];
  const articles = [];
  for (const entry of manifest.articles) {
    const text = await readArticleFile(articleTextPath(folder, entry.id)).catch((e: Error) => {
      throw new InputError(`cannot rebuild ${folder}: article "${entry.id}": ${e.message}`);
    });
    const { sha256: _, fingerprint: __, ...meta } = entry;
    extractions.push(extractArticle(text, meta));
    articles.push({ ...entry, sha256: sha256Of(text) });
  }
  const name = options.name ?? folder.replace(/\/+$/, '').split('/').pop();
  const graph = buildGraph(extractions, { name, layout: options.layout ?? true });
  await commitGraphFolder(folder, graph, { ...manifest, articles });
  return { rebuilt: true, reason, articles: articles.length };
}
