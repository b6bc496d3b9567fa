import { SETTING_PREPOSITIONS, TRAILING_PREPOSITIONS } from '../lexicon/connectives.js';
import { SETTING_NOUNS } from '../lexicon/speakers.js';
import { TIME_WORDS, WEEKDAYS } from '../lexicon/time.js';
import type { Token } from '../text/types.js';

const isTimeToken = (t: Token) => TIME_WORDS.has(t.lemma) || TIME_WORDS.has(t.text.toLowerCase());

/**
 * Skips the circumstances between a cue and its content ("said on Tuesday", "said later in an
 * interview with Fox News", "told reporters at a briefing"), returning the first token of the content.
 * A prepositional phrase is skipped only when its noun names a setting or a time.
 */
export function skipLeadingAdjuncts(tokens: Token[], from: number, limit: number): number {
  let i = from;
  // circumstances are a few words: a run of commas or adverbs is not skipped to its end
  while (i < Math.min(limit, from + 40)) {
    const t = tokens[i]!;
    if (isTimeToken(t) || t.pos === 'ADV' || t.text === ',') {
      i++;
      continue;
    }
    if (t.pos === 'ADP' && SETTING_PREPOSITIONS.has(t.lemma)) {
      const end = settingPhraseEnd(tokens, i + 1, limit);
      if (end !== null) {
        i = end;
        continue;
      }
    }
    break;
  }
  return i;
}

/** End of "a statement", "an interview with Fox News", "Tuesday" after a preposition, or null. */
function settingPhraseEnd(tokens: Token[], from: number, limit: number): number | null {
  let i = from;
  let setting = false;
  while (i < limit && i - from < 10) {
    const t = tokens[i]!;
    if (
      t.pos === 'DET' ||
      t.pos === 'ADJ' ||
      t.pos === 'NUM' ||
      t.pos === 'PROPN' ||
      t.pos === 'NOUN' ||
      t.pos === 'PART'
    ) {
      if (SETTING_NOUNS.has(t.lemma) || isTimeToken(t)) setting = true;
      i++;
      continue;
    }
    // "an interview with Fox News": the setting's own complement
    if (setting && t.pos === 'ADP' && (t.lemma === 'with' || t.lemma === 'on' || t.lemma === 'of')) {
      i++;
      continue;
    }
    break;
  }
  return setting ? i : null;
}

/**
 * Trims trailing circumstances off an indirect content ("... would meet on Tuesday", "... in an
 * interview"), returning the new end token (exclusive).
 */
export function trimTrailingAdjuncts(tokens: Token[], start: number, end: number): number {
  let e = end;
  for (let guard = 0; guard < 4 && e > start + 2; guard++) {
    const last = tokens[e - 1]!;
    if (
      last.text === ',' ||
      last.text === ';' ||
      last.text === '.' ||
      last.text === ':' ||
      last.text === '--'
    ) {
      e--;
      continue;
    }
    if (WEEKDAYS.has(last.lemma)) {
      e--;
      if (tokens[e - 1]?.lemma === 'on') e--;
      continue;
    }
    // "... in an interview (with X)" / "... at a rally in Iowa": find a setting preposition near the end
    let cut = -1;
    for (let j = e - 1; j > start + 2 && j >= e - 10; j--) {
      const t = tokens[j]!;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') break;
      if (
        t.pos === 'ADP' &&
        TRAILING_PREPOSITIONS.has(t.lemma) &&
        settingPhraseEnd(tokens, j + 1, e) !== null
      ) {
        const phraseNouns = tokens.slice(j + 1, e).some((x) => SETTING_NOUNS.has(x.lemma));
        if (phraseNouns) cut = j;
      }
    }
    if (cut > 0) {
      e = cut;
      continue;
    }
    break;
  }
  return e;
}
