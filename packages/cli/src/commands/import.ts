import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { articleTextPath, InputError, readArticleFile } from '@parley/core';
import { GraphExistsError, type ImportResult, isPostgresUrl, openCorpusStore } from '@parley/store';
import { z } from 'zod';

export const ImportArgs = z.object({
  source: z.string().min(1, 'give a graph.json or a graph folder to import'),
  database: z.string().min(1, '--database must name a SQLite file or a postgres:// URL'),
  name: z.string().min(1).optional(),
  replace: z.boolean().default(false),
  quiet: z.boolean().default(false),
});
export type ImportArgs = z.infer<typeof ImportArgs>;

/** What `parley import` stored, and the articles of a folder whose text it could not read. */
export interface ImportSummary extends ImportResult {
  name: string;
  missingTexts: string[];
}

/** A graph to import: its file, and its folder when a graph folder (with `articles/`) was given. */
async function locate(source: string): Promise<{ graphFile: string; folder?: string }> {
  const info = await stat(source).catch(() => undefined);
  if (!info) throw new InputError(`${source}: no such file or folder`);
  if (!info.isDirectory()) return { graphFile: source };
  const graphFile = join(source, 'graph.json');
  if (!(await stat(graphFile).catch(() => undefined))?.isFile())
    throw new InputError(`${source}: not a graph folder (it has no graph.json)`);
  return { graphFile, folder: source };
}

/** Reads a graph file as JSON (the store validates it against the contract). */
async function readGraphJson(file: string): Promise<unknown> {
  const raw = await readFile(file, 'utf8').catch((e: Error) => {
    throw new InputError(`${file}: cannot read it (${e.message})`);
  });
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new InputError(`${file}: not JSON (${(e as Error).message})`);
  }
}

/** The article ids of a graph's JSON, in graph order. */
function articleIds(graph: unknown): string[] {
  const nodes = (graph as { nodes?: { attributes?: { kind?: string; id?: unknown } }[] }).nodes;
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((n) =>
    n.attributes?.kind === 'article' && typeof n.attributes.id === 'string' ? [n.attributes.id] : [],
  );
}

/** The texts a graph folder stores for the articles (`articles/<id>.txt`), and the ids it has none for. */
async function folderTexts(folder: string, ids: string[]) {
  const texts = new Map<string, string>();
  const missing: string[] = [];
  for (const id of ids) {
    const text = await readArticleFile(articleTextPath(folder, id)).catch(() => undefined);
    if (text === undefined) missing.push(id);
    else texts.set(id, text);
  }
  return { texts, missing };
}

/** A database location to print: a PostgreSQL URL without its password. */
export function safeLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'the PostgreSQL database';
  }
}

/** The graph's own name (`attributes.name`), when it has one. */
const graphName = (graph: unknown) => {
  const name = (graph as { attributes?: { name?: unknown } }).attributes?.name;
  return typeof name === 'string' && name ? name : undefined;
};

/**
 * `parley import`: stores a built graph (a `graph.json`, or a graph folder with its article texts)
 * in a corpus store: the SQLite file or the PostgreSQL database `--database` names. The graph is
 * named by `--name`, else its own name, else its folder's. A stored graph of that name is replaced
 * only with `--replace`.
 * @throws InputError for a missing or unreadable source, or a name taken without `--replace`
 * @example await runImport(ImportArgs.parse({ source: 'graphs/x', database: 'graphs/parley.db' }), console.log)
 */
export async function runImport(args: ImportArgs, log: (line: string) => void): Promise<ImportSummary> {
  const { graphFile, folder } = await locate(args.source);
  const graph = await readGraphJson(graphFile);
  const name = args.name ?? graphName(graph) ?? basename(folder ?? dirname(resolve(graphFile)));
  const { texts, missing } = folder
    ? await folderTexts(folder, articleIds(graph))
    : { texts: new Map<string, string>(), missing: [] };
  const where = safeLocation(args.database);
  const store = await openCorpusStore(args.database).catch((e: Error) => {
    throw new InputError(`cannot open the store ${where}: ${e.message}`);
  });
  let result: ImportResult;
  try {
    result = await store.importGraph(name, graph, { replace: args.replace, texts });
  } catch (e) {
    if (e instanceof GraphExistsError)
      throw new InputError(`${e.message} in ${where}; give --replace to replace it, or --name another name`);
    // the graph failed the contract, or a text is not its article's: name the file
    throw new InputError(`${graphFile}: ${(e as Error).message}`);
  } finally {
    await store.close();
  }
  if (!args.quiet) {
    if (missing.length)
      log(
        `warning: ${missing.length} articles have no readable text in ${folder}/articles: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', ...' : ''}`,
      );
    log(
      `imported ${args.source} into ${where} as "${name}": ${result.articles} articles (${result.texts} with their text), ${result.nodes} nodes, ${result.edges} edges${result.replaced ? '; the graph stored under that name was replaced' : ''}`,
    );
  }
  return { ...result, name, missingTexts: missing };
}
