import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildGraph,
  commitGraphFolder,
  extractArticle,
  listInputFiles,
  readInputFile,
  readMetaTable,
  storeArticleText,
  withMeta,
} from '@parley/core';

const corpus = fileURLToPath(new URL('../../../../packages/core/src/analysis/fixtures/', import.meta.url));

/**
 * Writes the core's fixture corpus over time (every input format, known answers: one stance change,
 * one disagreement, one quote three outlets carried) as the graph folder `<dir>/time-corpus`.
 * @returns the folder
 */
export async function timeCorpusFolder(dir: string, options: { layout?: boolean } = {}): Promise<string> {
  const folder = join(dir, 'time-corpus');
  const meta = await readMetaTable(join(corpus, 'meta.csv'));
  const inputs = (await Promise.all((await listInputFiles([corpus])).map(readInputFile))).flat();
  const articles = inputs.map((a) => withMeta(a, meta));
  const stored = [];
  for (const { text, origin: _, ...m } of articles) stored.push(await storeArticleText(folder, m, text));
  const graph = buildGraph(
    articles.map(({ text, origin: _, ...m }) => extractArticle(text, m)),
    { name: 'time-corpus', layout: options.layout ?? false },
  );
  await commitGraphFolder(folder, graph, {
    format: 'parley-graph-folder/1',
    extractor: '',
    articles: stored,
  });
  return folder;
}
