import { fold } from './normalize.js';

/** Words too common to say anything about what a statement is about. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'of on or our she so than that the their them then there these they this those to was we ' +
    'were what when which who will with would you your not no do does did about anything said say'
  ).split(' '),
);

/**
 * Light plural/verb suffix stripping (an S-stemmer plus -ing/-ed), so "guarantees" finds
 * "guarantee" and "talks" finds "talk"; deliberately conservative to keep terms recognisable.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies'))
    return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !word.endsWith('aes') && !word.endsWith('ees') && !word.endsWith('oes'))
    return word.slice(0, -1);
  if (word.endsWith('s') && !word.endsWith('us') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Splits text into search terms: folded, stop words dropped, stemmed.
 * @example terms('Security guarantees for Ukraine') // ['security', 'guarantee', 'ukraine']
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word && !STOPWORDS.has(word)) out.push(stem(word));
  }
  return out;
}
