/** Calendar and time words: weekdays, months and the words of time adjuncts. */

/** Days of the week, lower case. */
export const WEEKDAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Months of the year, lower case. */
export const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Words that start a time phrase, never part of a speaker or addressee ("the BBC on Tuesday"). */
export const TIME_HEADS = new Set([...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'last', 'this', 'next']);

/** Words of a time adjunct between a cue and its content ("said today", "said last week"). */
export const TIME_WORDS = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tonight',
  'now',
  'later',
  'earlier',
  'recently',
  'again',
  'also',
  'then',
  'previously',
  'repeatedly',
  'publicly',
  'privately',
  'separately',
  'last',
  'this',
  'next',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'once',
]);
