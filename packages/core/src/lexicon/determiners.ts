/** Determiner word lists. */

import { POSSESSIVE_PRONOUNS } from './pronouns.js';

/** The numbers one to ten, spelled out. */
const SMALL_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Determiners and numbers that make a phrase indefinite ("a senior official", "three sources"). */
export const INDEFINITE_DETERMINERS = new Set([
  'a',
  'an',
  ...SMALL_NUMBERS,
  'several',
  'some',
  'many',
  'multiple',
  'few',
  'numerous',
  'other',
  'another',
]);

/**
 * Words before a participle that make it an attribute of the next noun ("his proposed ban", "the planned
 * summit"): the possessive determiners, the possessive clitic, articles and demonstratives.
 */
export const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set([
  ...POSSESSIVE_PRONOUNS,
  "'s",
  'the',
  'a',
  'an',
  'this',
  'that',
]);

/** Words that count a time unit or a group ("a few days", "two weeks", "several months"); digits count too. */
export const COUNT_WORDS: ReadonlySet<string> = new Set(['a', 'an', ...SMALL_NUMBERS, 'few', 'several']);
