import { z } from 'zod';
import { slugify } from '../text/normalize.js';
import { articleFingerprint } from './article-text.js';

/**
 * True for `YYYY-MM-DD` naming a real day, optionally followed by an ISO time with `Z` or an
 * offset: the one date form Parley stores.
 * @example isIsoDate('2016-02-29') // true; isIsoDate('2015-02-29') // false
 */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/**
 * A date as metadata gives it (ISO, with or without time; RFC 2822 `Tue, 11 Oct 2016 08:00:00 GMT`;
 * `October 11, 2016`) in Parley's form: ISO with its zone when a time is given, else `YYYY-MM-DD`;
 * undefined when it is not a date.
 * @example toIsoDate('2016-10-11T08:00:00-04:00') // '2016-10-11T08:00:00-04:00'
 * @example toIsoDate('Tue, 11 Oct 2016 12:00:00 GMT') // '2016-10-11T12:00:00.000Z'
 */
export function toIsoDate(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (isIsoDate(value)) return value;
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(value);
  if (day && isIsoDate(`${day[1]}-${day[2]}-${day[3]}`) && !/\d:\d/.test(value)) return day[0].slice(0, 10);
  // Date.parse reads RFC 2822 and English month names; a string without a zone is read as UTC day.
  const ms = Date.parse(/\d:\d/.test(value) ? value : `${value} 12:00 UTC`);
  if (!Number.isFinite(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  return /\d:\d/.test(value) ? iso : iso.slice(0, 10);
}

/** What may be known about an article besides its text, as every input (file, record, upload) gives it. */
export const ArticleFieldsSchema = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  date: z
    .string()
    .trim()
    .refine(isIsoDate, 'must be an ISO 8601 date (YYYY-MM-DD), or a date and time with a zone')
    .optional()
    .meta({ example: '2025-08-19' }),
  publisher: z.string().trim().min(1).max(200).optional(),
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((u) => /^https?:\/\/[^\s]+$/i.test(u), 'must be an http(s) URL')
    .optional(),
});
export type ArticleFields = z.output<typeof ArticleFieldsSchema>;

/**
 * The fields of an object that are set: undefined values dropped, so spreading it over another
 * object never blanks a field there.
 * @example definedFields({ title: 'T', date: undefined }) // { title: 'T' }
 */
export function definedFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The id an article gets when nothing names it (an upload, a corpus record without `id`): the slug
 * of its title (or first line) plus the start of its fingerprint, so the same article posted again,
 * even re-encoded (NFD, CRLF, a trailing space), gets the same id from the CLI and the API.
 * @example articleId({ title: 'Talks resume', text }) // 'talks-resume-3f2a9c01bd'
 */
export function articleId(article: { title?: string; text: string }): string {
  const first = article.title ?? article.text.trim().split('\n', 1)[0] ?? '';
  const sha = articleFingerprint(article.text).slice(0, 10);
  const slug = slugify(first).slice(0, 48).replace(/-+$/, '');
  return slug === 'x' || !slug ? sha : `${slug}-${sha}`;
}
