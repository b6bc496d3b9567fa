import { type ArticleInput, type MetaTable, readInputFile, withMeta } from '@parley/core';

/** How many input files are open at once: far under any usual open-file limit (`ulimit -n`). */
export const READ_CONCURRENCY = 32;

/**
 * Reads every input file, at most {@link READ_CONCURRENCY} open at a time, and gives their
 * articles in the order given (a corpus file's in its own order), each with its `--meta` row.
 * @throws InputError of the first file that cannot be read
 */
export async function readArticles(
  paths: string[],
  meta?: MetaTable,
  limit = READ_CONCURRENCY,
): Promise<ArticleInput[]> {
  const out: ArticleInput[][] = new Array(paths.length);
  let next = 0;
  const reader = async () => {
    while (next < paths.length) {
      const i = next++;
      out[i] = (await readInputFile(paths[i] as string)).map((a) => withMeta(a, meta));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, paths.length) }, reader));
  return out.flat();
}
