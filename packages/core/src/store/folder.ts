import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { articleFingerprint, InputError, readArticleFile } from '../io/article-text.js';
import type { ArticleFields } from '../io/meta.js';
import { writeFileAtomic } from '../io/write.js';
import type { Manifest, StoredArticle } from './manifest.js';
import { storedArticle } from './manifest.js';

/**
 * A graph folder, the source of truth of one graph:
 * `manifest.json` (every article with its metadata), `articles/<id>.txt` (their normalised texts),
 * `graph.json` (what the extractor made of them) and `graph.json.bak` / `manifest.json.bak` (the
 * previous build, kept when a build or rebuild replaces them).
 */
export interface GraphFolderPaths {
  graph: string;
  backup: string;
  articles: string;
  manifest: string;
  manifestBackup: string;
}

/** The paths of a graph folder's files. */
export function graphFolderPaths(folder: string): GraphFolderPaths {
  return {
    graph: join(folder, 'graph.json'),
    backup: join(folder, 'graph.json.bak'),
    articles: join(folder, 'articles'),
    manifest: join(folder, 'manifest.json'),
    manifestBackup: join(folder, 'manifest.json.bak'),
  };
}

/** True for ids that are safe as a file name (no separators, not hidden, not empty). */
export function isStorableId(id: string): boolean {
  return id.length > 0 && id.length <= 200 && !/[/\\\0]/.test(id) && !id.startsWith('.');
}

/** Where an article's text is stored in its graph folder. */
export function articleTextPath(folder: string, id: string): string {
  if (!isStorableId(id))
    throw new InputError(`"${id}" cannot be an article id (it must be a plain file name)`);
  return join(graphFolderPaths(folder).articles, `${id}.txt`);
}

/** sha256 (hex) of a text, as article nodes and manifests record it. */
export const sha256Of = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Stores an article's (normalised) text in its graph folder, atomically, and gives its manifest
 * entry. The same text already there is left as it is; a different one is first kept as
 * `<id>.txt.bak` (the graph built from it may still be served).
 * @example const entry = await storeArticleText('graphs/x', { id: 'a', title: 'T' }, text);
 */
export async function storeArticleText(
  folder: string,
  meta: { id: string } & ArticleFields,
  text: string,
): Promise<StoredArticle> {
  const path = articleTextPath(folder, meta.id);
  const existing = await readArticleFile(path).catch(() => undefined);
  if (existing !== text) {
    if (existing !== undefined) await copyAtomic(path, `${path}.bak`);
    await writeFileAtomic(path, text);
  }
  return storedArticle(meta, sha256Of(text), articleFingerprint(text));
}

/** Copies a file to `to` atomically (a temporary copy renamed), when it exists. */
export async function copyAtomic(from: string, to: string): Promise<void> {
  const tmp = `${to}.${process.pid}.${Date.now()}.tmp`;
  try {
    await copyFile(from, tmp);
    await rename(tmp, to);
  } catch (e) {
    await rm(tmp, { force: true });
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** Temporary files of atomic writes: `.<file>.<pid>.<ms>.tmp`, `<file>.<pid>.<ms>[.new].tmp`. */
const TEMPORARY = /\.(\d+)\.\d+(?:\.new)?\.tmp$/;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Deletes the temporary files a crashed writer left in a graph folder (and its articles): those of
 * processes no longer running. A live writer's files are left alone.
 * @returns the names removed
 */
export async function removeStaleTemporaryFiles(folder: string): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of [folder, graphFolderPaths(folder).articles]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const pid = TEMPORARY.exec(name)?.[1];
      if (pid === undefined || alive(Number(pid))) continue;
      await rm(join(dir, name), { force: true });
      removed.push(join(dir, name));
    }
  }
  return removed;
}

/**
 * The article ids of a `graph.json` as they stand in the file, found without building the graph
 * (a scan of its node keys), or undefined when there is no graph file.
 */
export async function graphArticleIds(graphFile: string): Promise<Set<string> | undefined> {
  let raw: string;
  try {
    raw = await readFile(graphFile, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const ids = new Set<string>();
  for (const m of raw.matchAll(/"key":"article:((?:[^"\\]|\\.)*)"/g)) ids.add(JSON.parse(`"${m[1]}"`));
  return ids;
}

interface ArticleNodeLike {
  kind?: string;
  id?: string;
  label?: string;
  date?: string;
  publisher?: string;
  url?: string;
}

/** The label the extractor gives an article without a title: its first line, shortened. */
const untitledLabel = (text: string) => {
  const first = text.trim().split('\n', 1)[0] ?? '';
  return first.length > 120 ? `${first.slice(0, 117)}...` : first;
};

/**
 * The manifest of a graph folder made before manifests existed: the articles of its `graph.json`
 * (id, title, date, publisher as the graph has them) whose text is in `articles/`, else every
 * `articles/*.txt`. Its extractor is unknown (''), so the next rebuild re-extracts.
 * @returns the manifest and the ids whose text is missing or unreadable (left out, named)
 */
export async function manifestFromFolder(folder: string): Promise<{ manifest: Manifest; missing: string[] }> {
  const paths = graphFolderPaths(folder);
  let nodes: ArticleNodeLike[] | undefined;
  try {
    const data = JSON.parse(await readFile(paths.graph, 'utf8')) as {
      nodes?: { attributes?: ArticleNodeLike }[];
    };
    nodes = (data.nodes ?? []).map((n) => n.attributes ?? {}).filter((a) => a.kind === 'article' && a.id);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  nodes ??= (await readdir(paths.articles).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.txt') && !n.startsWith('.'))
    .sort()
    .map((n) => ({ id: n.slice(0, -4) }));
  const articles: StoredArticle[] = [];
  const missing: string[] = [];
  for (const node of nodes) {
    const id = node.id as string;
    let text: string;
    try {
      text = await readArticleFile(articleTextPath(folder, id));
    } catch {
      missing.push(id);
      continue;
    }
    const title = node.label !== undefined && node.label !== untitledLabel(text) ? node.label : undefined;
    articles.push(storedArticle({ ...node, id, title }, sha256Of(text), articleFingerprint(text)));
  }
  return { manifest: { format: 'parley-graph-folder/1', extractor: '', articles }, missing };
}
