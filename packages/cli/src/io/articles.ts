import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { InputError, readArticleFile } from '@parley/core';

export interface ArticleFile {
  id: string;
  path: string;
  text: string;
}

/** How many article files are open at once: far under any usual open-file limit (`ulimit -n`). */
export const READ_CONCURRENCY = 32;

/** Expands files and folders into the sorted list of `.txt` files they name (folders: not recursive). */
export async function listArticleFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => {
      throw new InputError(`${input}: no such file or folder`);
    });
    if (info.isDirectory()) {
      const names = (await readdir(input)).filter((n) => n.endsWith('.txt')).sort();
      if (names.length === 0) throw new InputError(`${input}: folder holds no .txt articles`);
      for (const n of names) files.push(join(input, n));
    } else files.push(input);
  }
  return files;
}

/** Reads and checks one article file (the core's one reader); the id is the file name without `.txt`. */
export async function readArticle(path: string): Promise<ArticleFile> {
  return { id: basename(path, extname(path)), path, text: await readArticleFile(path) };
}

/**
 * Reads every article, at most {@link READ_CONCURRENCY} files open at a time, in the order given.
 * @throws InputError of the first file that cannot be read
 */
export async function readArticles(paths: string[], limit = READ_CONCURRENCY): Promise<ArticleFile[]> {
  const out: ArticleFile[] = new Array(paths.length);
  let next = 0;
  const reader = async () => {
    while (next < paths.length) {
      const i = next++;
      out[i] = await readArticle(paths[i] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, paths.length) }, reader));
  return out;
}
