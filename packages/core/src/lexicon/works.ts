/** Nouns for works and programmes, whose quoted titles name no actor ("the book 'Hard Choices'"). */

/** Broadcast programmes: a name ending in one, or a quoted title beside one, is a media outlet. */
export const PROGRAMME_NOUNS = new Set([
  'show',
  'program',
  'programme',
  'podcast',
  'hour',
  'broadcast',
  'newscast',
  'segment',
]);

/** Other works: a quoted title beside one names no actor at all. */
export const WORK_NOUNS = new Set([
  'book',
  'memoir',
  'novel',
  'film',
  'movie',
  'documentary',
  'song',
  'album',
  'play',
  'musical',
  'poem',
  'essay',
  'column',
  'op-ed',
  'article',
  'series',
  'episode',
  'video',
  'ad',
  'advert',
  'advertisement',
  'slogan',
  'speech',
  'report',
  'painting',
]);
