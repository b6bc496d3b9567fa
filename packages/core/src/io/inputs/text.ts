import { basename, extname } from 'node:path';
import { decodeArticle, MAX_ARTICLE_BYTES } from '../article-text.js';
import { metaFromFileName } from './file-name.js';
import type { InputFormat } from './types.js';

/** The id of an article read from a file: its name without the extension. */
export const fileArticleId = (path: string) => basename(path, extname(path));

/** Plain text: the file is the article (first line its title), the name may carry outlet and date. */
export const textFormat: InputFormat = {
  id: 'text',
  extensions: ['.txt'],
  inFolders: true,
  maxBytes: MAX_ARTICLE_BYTES,
  description: 'plain text, UTF-8 (or UTF-16 with a byte-order mark); the first line is the title',
  read(path, bytes) {
    const id = fileArticleId(path);
    return [{ id, text: decodeArticle(path, bytes), origin: path, ...metaFromFileName(id) }];
  },
};
