import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, readInputBytes } from '../article-text.js';
import { inputExtensions, inputFormatOf } from './formats.js';
import type { ArticleInput } from './types.js';

/**
 * Expands files and folders into the sorted list of input files they name. A folder (not
 * recursive) gives its files of every format read in folders (`.json` files must be named).
 * @throws InputError for a missing input, an unreadable kind of file, or a folder with no article
 */
export async function listInputFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => {
      throw new InputError(`${input}: no such file or folder`);
    });
    if (info.isDirectory()) {
      const names = (await readdir(input))
        .filter((n) => !n.startsWith('.') && inputFormatOf(n)?.inFolders)
        .sort();
      if (names.length === 0)
        throw new InputError(`${input}: folder holds no articles (${inputExtensions()})`);
      for (const n of names) files.push(join(input, n));
    } else if (!inputFormatOf(input)) {
      throw new InputError(`${input}: not an article file Parley reads (${inputExtensions()})`);
    } else files.push(input);
  }
  return files;
}

/**
 * The articles of one input file, read by its format (a text or page is one article, a corpus
 * file many).
 * @throws InputError naming the file (and record) that cannot be read
 * @example const [article] = await readInputFile('articles/nyt_2016-09-06_truce.txt');
 */
export async function readInputFile(path: string): Promise<ArticleInput[]> {
  const format = inputFormatOf(path);
  if (!format) throw new InputError(`${path}: not an article file Parley reads (${inputExtensions()})`);
  return format.read(path, await readInputBytes(path, format.maxBytes));
}
