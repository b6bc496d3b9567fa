/** Word lists of proper-name chunking: particles inside names, words that end them. */

/** Lower-case words allowed inside a name when capitals follow ("Bank of England", "Claudio de Vincenti"). */
export const NAME_PARTICLES = new Set([
  'de',
  'van',
  'von',
  'bin',
  'al',
  'da',
  'di',
  'del',
  'der',
  'du',
  'le',
  'la',
  'el',
]);

/** Capitalised function words that end a name when lower case follows ("Elizabeth Quat In the ..."). */
export const NAME_ENDING_WORDS = new Set([
  'in',
  'on',
  'at',
  'the',
  'a',
  'an',
  'and',
  'but',
  'for',
  'after',
  'as',
  'with',
  'by',
  'from',
  'when',
  'while',
  'if',
]);
