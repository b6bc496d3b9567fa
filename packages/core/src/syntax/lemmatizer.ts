import { lazy, readModelJson } from '../learn/index.js';

/** Learned exceptions: "UPOS lowerform" -> lemma, for words whose lemma the rules get wrong. */
export type LemmaTable = Record<string, string>;

const VOWEL = /[aeiou]/;

/** Suffix rules for words outside the exception table (regular English inflection). */
export function ruleLemma(lower: string, upos: string): string {
  if (upos === 'NOUN' || upos === 'PROPN') {
    if (upos === 'PROPN') return lower;
    if (/[^aeiou]ies$/.test(lower) && lower.length > 4) return `${lower.slice(0, -3)}y`;
    if (/(?:ss|x|z|ch|sh)es$/.test(lower)) return lower.slice(0, -2);
    if (/[^su]s$/.test(lower) && lower.length > 3) return lower.slice(0, -1);
    return lower;
  }
  if (upos === 'VERB' || upos === 'AUX') {
    if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
    if (/(?:ss|x|z|ch|sh)es$/.test(lower)) return lower.slice(0, -2);
    if (/[^su]s$/.test(lower) && lower.length > 3) return lower.slice(0, -1);
    if (/[^aeiou]ied$/.test(lower)) return `${lower.slice(0, -3)}y`;
    const stem = /(.{2,})(?:ed|ing)$/.exec(lower)?.[1];
    if (stem) {
      // "eying" -> "eye", "using" -> "use", "owing" -> "owe"
      if (stem.length === 2 && /[^aeiou]$/.test(stem)) return `${stem}e`;
      if (/([^aeiouslwyz])\1$/.test(stem)) return stem.slice(0, -1);
      // "hoped" -> "hope", "voted" -> "vote": a single consonant after a single vowel wants its "e"
      if (/[^aeiou][aeiou][^aeiouwxy]$/.test(stem) && stem.length <= 5) return `${stem}e`;
      if (/(?:[^aeiou][vcgz]|[^aeiou]ur|iz|at|ut|ov|uc|ir)$/.test(stem)) return `${stem}e`;
      if (!VOWEL.test(stem)) return lower;
      return stem;
    }
  }
  return lower;
}

/** Lemma of a word with the given UPOS from the exception table, else by rule; always lower case. */
export function lemmaWith(table: LemmaTable, form: string, upos: string): string {
  const lower = form.toLowerCase();
  return table[`${upos} ${lower}`] ?? ruleLemma(lower, upos);
}

const lemmaTable = lazy(() => readModelJson<LemmaTable>('syntax', 'lemmas.json'));

/**
 * Lower-case lemma of a tagged word ("said"/VERB -> "say", "n't"/PART -> "not").
 * @example lemmatize('studies', 'NOUN') // 'study'
 */
export function lemmatize(form: string, upos: string): string {
  return lemmaWith(lemmaTable(), form, upos);
}
