import { isIsoDate } from '../meta.js';

/**
 * The outlet and date a news file's name carries, `outlet_YYYY-MM-DD_slug` (as PolNeAR and many
 * crawls name them); nothing when the name does not have that form or the date is not a real day.
 * @example metaFromFileName('breitbart_2016-10-12_trump-says') // { publisher: 'breitbart', date: '2016-10-12' }
 */
export function metaFromFileName(stem: string): { publisher?: string; date?: string } {
  const m = /^([A-Za-z][\w.-]{0,60}?)_(\d{4}-\d{2}-\d{2})(?:_|$)/.exec(stem);
  if (!m || !isIsoDate(m[2] as string)) return {};
  return { publisher: m[1] as string, date: m[2] as string };
}
