import { z } from 'zod';
import { checkArticleText, decodeText, InputError } from '../article-text.js';
import { ArticleFieldsSchema, articleId, definedFields } from '../meta.js';
import type { ArticleInput, InputFormat } from './types.js';

/** One article of a corpus file: the shape news crawlers (news-please, ...) emit, unknown keys ignored. */
export const ArticleRecordSchema = ArticleFieldsSchema.extend({
  text: z.string().min(1, 'must not be empty'),
  id: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((id) => !/[/\\\0]/.test(id) && !id.startsWith('.'), 'must be a plain file name')
    .optional(),
});

/** The fields news-please and similar crawlers use for what Parley calls text, title, date, outlet. */
const ALIASES: Record<string, string> = {
  maintext: 'text',
  body: 'text',
  date_publish: 'date',
  published: 'date',
  source_domain: 'publisher',
  outlet: 'publisher',
  headline: 'title',
};

/** A record with crawler field names mapped to Parley's (`maintext` -> `text`), nulls dropped. */
function withParleyNames(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null || value === undefined) continue;
    const name = Object.hasOwn(ALIASES, key) ? (ALIASES[key] as string) : key;
    if (!(name in out) || name === key) out[name] = value;
  }
  // news-please writes `2016-10-12 08:00:00`: a date and time without a zone, read as the day
  if (typeof out.date === 'string' && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/.test(out.date.trim()))
    out.date = out.date.trim().slice(0, 10);
  return out;
}

/**
 * One corpus record as an article: checked, its text normalised, its id its own or
 * {@link articleId} (the id the API gives the same article).
 * @throws InputError naming the record (`file:line`) and the field
 */
export function articleFromRecord(origin: string, raw: unknown): ArticleInput {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new InputError(`${origin}: a record must be a JSON object with "text"`);
  const parsed = ArticleRecordSchema.safeParse(withParleyNames(raw as Record<string, unknown>));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${origin}: "${issue?.path.join('.') || 'record'}" ${issue?.message}`);
  }
  const { id, text: rawText, ...fields } = parsed.data;
  const text = checkArticleText(origin, rawText);
  return { id: id ?? articleId({ title: fields.title, text }), text, origin, ...definedFields(fields) };
}

/** Parses one JSON value, the error naming where it is. */
function parseJson(origin: string, source: string): unknown {
  try {
    return JSON.parse(source);
  } catch (e) {
    throw new InputError(`${origin}: not valid JSON (${(e as Error).message})`);
  }
}

/** JSON lines: one article object per line; blank lines skipped. */
export const jsonlFormat: InputFormat = {
  id: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  inFolders: true,
  maxBytes: 256 * 1024 * 1024,
  description: 'a corpus, one JSON object per line: text, and optional title, date, publisher, url, id',
  read(path, bytes) {
    const lines = decodeText(path, bytes).split('\n');
    const out: ArticleInput[] = [];
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const origin = `${path}:${i + 1}`;
      out.push(articleFromRecord(origin, parseJson(origin, line)));
    });
    if (out.length === 0) throw new InputError(`${path}: holds no articles`);
    return out;
  },
};

/** A JSON file: one article object, or an array of them. Only when named (folders skip `.json`). */
export const jsonFormat: InputFormat = {
  id: 'json',
  extensions: ['.json'],
  inFolders: false,
  maxBytes: 256 * 1024 * 1024,
  description: 'one article object, or an array of them (named explicitly: folders skip .json files)',
  read(path, bytes) {
    const data = parseJson(path, decodeText(path, bytes));
    const records = Array.isArray(data) ? data : [data];
    if (records.length === 0) throw new InputError(`${path}: holds no articles`);
    return records.map((r, i) => articleFromRecord(Array.isArray(data) ? `${path}[${i}]` : path, r));
  },
};

/**
 * The articles of a corpus held in memory (an upload), read exactly as a `.jsonl` file (`lines`)
 * or a `.json` file of that content would be: the same checks, ids and messages (`origin:line`).
 * @throws InputError naming the record and the field
 * @example articlesFromCorpus('body', Buffer.from('{"text":"A said \"no\"."}\n'), true)[0]?.id
 */
export function articlesFromCorpus(origin: string, bytes: Uint8Array, lines: boolean): ArticleInput[] {
  return (lines ? jsonlFormat : jsonFormat).read(origin, bytes);
}
