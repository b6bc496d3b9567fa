import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { decodeArticle, InputError } from '@parley/core';

export interface ArticleFile {
  id: string;
  path: string;
  text: string;
}

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
      files.push(...names.map((n) => join(input, n)));
    } else files.push(input);
  }
  return files;
}

/** Reads and checks one article file; the id is the file name without `.txt`. */
export async function readArticle(path: string): Promise<ArticleFile> {
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(`${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  });
  return { id: basename(path, extname(path)), path, text: decodeArticle(path, bytes) };
}
