import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { decodeText, InputError, readInputBytes } from '../article-text.js';
import { type ArticleFields, ArticleFieldsSchema, definedFields } from '../meta.js';
import type { ArticleInput } from './types.js';

/** Metadata for plain-text articles, by article id (the file name without extension). */
export type MetaTable = Map<string, ArticleFields>;

const KEY_COLUMNS = ['file', 'id', 'filename', 'path'];

/**
 * Reads a `--meta` CSV (a header row; a `file` or `id` column naming each article, with or without
 * its extension or folder; any of `title`, `date`, `publisher`, `url`; other columns ignored).
 * @throws InputError naming the file and row of a bad value, or a missing key column
 * @example file,title,date,publisher\na.txt,Talks resume,2024-03-05,Daily Planet
 */
export async function readMetaTable(path: string): Promise<MetaTable> {
  let rows: Record<string, string>[];
  try {
    rows = parse(decodeText(path, await readInputBytes(path, 64 * 1024 * 1024)), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: not a readable CSV file (${(e as Error).message})`);
  }
  const key = KEY_COLUMNS.find((c) => rows[0] && c in rows[0]);
  if (!key) throw new InputError(`${path}: needs a "file" or "id" column naming each article`);
  const table: MetaTable = new Map();
  rows.forEach((row, i) => {
    const name = row[key] ?? '';
    const fields = Object.fromEntries(
      ['title', 'date', 'publisher', 'url'].filter((c) => row[c]).map((c) => [c, row[c]]),
    );
    const parsed = ArticleFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`${path}: row ${i + 2}: "${issue?.path.join('.')}" ${issue?.message}`);
    }
    table.set(basename(name, extname(name)), parsed.data);
  });
  return table;
}

/** The article with the metadata its row gives (the row wins over what the file name said). */
export function withMeta(article: ArticleInput, table: MetaTable | undefined): ArticleInput {
  const row = table?.get(article.id);
  if (!row) return article;
  return { ...article, ...definedFields(row) };
}
