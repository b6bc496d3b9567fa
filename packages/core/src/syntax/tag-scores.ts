// the signed forms of the hashes (same keys as `tagFeatures`)
import { featureKeyInt as featureKey, mixInt as mix } from '../learn/hash.js';
import type { WeightTable } from '../learn/table.js';
import { END, NO_AMBIGUITY, NO_TAG, START, type TokenCodes, UPOS } from './tag-features.js';

/**
 * Fast scoring of the tagger's features (`tagFeatures`, whose keys and order it reproduces: the
 * tests compare both). Most features read one word form only, the token's own or a neighbour's, and
 * forms repeat, so the table is probed once per form and template, not once per token: each form
 * keeps the summed rows of its leading own-form templates, the row offsets of its other one-form
 * templates, and those of the templates pairing it with a tag (filled per tag on first use).
 * Rows are still added in template order from zero, so the scores are the same floats.
 */

/** Templates 0-6 (bias, word, form, suffixes, first letter, shape) read the token's form only. */
const OWN_PREFIX = 7;
/** Tag codes: the UPOS classes and NO_TAG. */
const TAGS = NO_TAG + 1;

// slots of `FormRows.rows`: one per template that reads this one form, where it stands
const FIRST_SHAPE = 0; // 18, first token
const INNER_SHAPE = 1; // 18, other tokens
const SUFFIX4 = 2; // 20
const PREFIX3 = 3; // 21
const AMBIGUITY = 4; // 24
const AS_PREV_WORD = 5; // 10
const AS_PREV_SUFFIX = 6; // 11
const AS_PREV2_WORD = 7; // 14
const AS_NEXT_WORD = 8; // 12
const AS_NEXT_SUFFIX = 9; // 13
const AS_NEXT_AMBIGUITY = 10; // 25
const AS_NEXT_FORM = 11; // 29
const AS_NEXT2_WORD = 12; // 15

// blocks of `FormRows.byTag`, TAGS entries each: templates pairing a tag with this form's code
const TAG_WORD = 0; // 9: previous tag, word
const TAG_NEXT_WORD = 1; // 16: previous tag, next word (read from the next form's rows)
const TAG_SUFFIX = 2; // 22: previous tag, suffix
const WORD_RIGHT = 3; // 34: word, first-pass tag of the next token
const TAG_BLOCKS = 4;
/** A `byTag` entry not looked up yet (row offsets are -1 or more). */
const UNSEEN = -2;

/** What one form contributes, looked up once per form and table. */
interface FormRows {
  /** The summed rows of templates 0 to OWN_PREFIX - 1 (never includes a row twice). */
  prefix: Float32Array;
  /** Row offsets (-1: unseen) of the form's other one-form features, by slot. */
  rows: Int32Array;
  /** Row offsets of the form's (tag, form) features, filled on first use (UNSEEN before). */
  byTag: Int32Array;
}

/** A form's hashed values, in `TokenCodes` field order. */
interface FormCodes {
  word: number;
  form: number;
  suffix3: number;
  suffix2: number;
  suffix4: number;
  prefix3: number;
  prefix1: number;
  ambiguity: number;
  shape: number;
}

const codesAt = (codes: TokenCodes, j: number): FormCodes => ({
  word: codes.word[j]!,
  form: codes.form[j]!,
  suffix3: codes.suffix3[j]!,
  suffix2: codes.suffix2[j]!,
  suffix4: codes.suffix4[j]!,
  prefix3: codes.prefix3[j]!,
  prefix1: codes.prefix1[j]!,
  ambiguity: codes.ambiguity[j]!,
  shape: codes.shape[j]!,
});

/** Positions outside the sentence, as `tagFeatures` codes them (only their neighbour slots are read). */
const OUTSIDE = (code: number): FormCodes => ({
  word: code,
  form: code,
  suffix3: code,
  suffix2: code,
  suffix4: code,
  prefix3: code,
  prefix1: code,
  ambiguity: NO_AMBIGUITY,
  shape: code,
});

/** Forms remembered per table before the cache starts over (about 0.6 KB each: bounds memory). */
const FORMS_LIMIT = 30_000;

/** A tagger table with per-form and per-tag row caches. */
export class TagScorer {
  private readonly forms = new Map<string, FormRows>();
  private readonly before: FormRows;
  private readonly after: FormRows;
  /** Rows of the tag-only templates 7 (t1), 8 (t1, t2), 31 (r1), 32 (r1, r2), 33 (t1, r1). */
  private readonly tagRows: Int32Array[];
  /** Scratch: the row offsets of templates OWN_PREFIX and up for the token being scored. */
  private readonly scratch = new Int32Array(64);

  constructor(readonly table: WeightTable) {
    this.before = this.formRows(OUTSIDE(START));
    this.after = this.formRows(OUTSIDE(END));
    const row = (template: number, a: number, b = 0) => table.rowOf(featureKey(template, a, b));
    const pairs = (template: number) =>
      Int32Array.from({ length: TAGS * TAGS }, (_, k) => row(template, Math.floor(k / TAGS), k % TAGS));
    const singles = (template: number) => Int32Array.from({ length: TAGS }, (_, t) => row(template, t));
    this.tagRows = [singles(7), pairs(8), singles(31), pairs(32), pairs(33)];
  }

  private formRows(c: FormCodes): FormRows {
    const { table } = this;
    const row = (template: number, a: number, b = 0) => table.rowOf(featureKey(template, a, b));
    const own = [
      featureKey(0, 1),
      featureKey(1, c.word),
      featureKey(2, c.form),
      featureKey(3, c.suffix3),
      featureKey(4, c.suffix2),
      featureKey(5, c.prefix1),
      featureKey(6, c.shape),
    ];
    const prefix = table.score(own, OWN_PREFIX, new Float32Array(UPOS.length)) as Float32Array;
    const rows = Int32Array.of(
      row(18, 1, c.shape),
      row(18, 0, c.shape),
      row(20, c.suffix4),
      row(21, c.prefix3),
      row(24, c.ambiguity),
      row(10, c.word),
      row(11, c.suffix3),
      row(14, c.word),
      row(12, c.word),
      row(13, c.suffix3),
      row(25, c.ambiguity),
      row(29, c.form),
      row(15, c.word),
    );
    return { prefix, rows, byTag: new Int32Array(TAG_BLOCKS * TAGS).fill(UNSEEN) };
  }

  /** The row of a (tag, form) template for one form, looked up on its first use. */
  private byTag(entry: FormRows, block: number, tag: number, template: number, a: number, b: number): number {
    const at = block * TAGS + tag;
    let row = entry.byTag[at]!;
    if (row === UNSEEN) {
      row = this.table.rowOf(featureKey(template, a, b));
      entry.byTag[at] = row;
    }
    return row;
  }

  /** The cached rows of each token's form (computed on first sight of the form). */
  rowsOfSentence(codes: TokenCodes): FormRows[] {
    return codes.forms.map((form, j) => {
      let known = this.forms.get(form);
      if (!known) {
        known = this.formRows(codesAt(codes, j));
        if (this.forms.size >= FORMS_LIMIT) this.forms.clear();
        this.forms.set(form, known);
      }
      return known;
    });
  }

  /**
   * Writes into `scores` (any content) the scores `table.score` gives the keys `tagFeatures` writes
   * for token `i` (with `right`, the second pass's).
   * @param rows `rowsOfSentence(codes)`
   */
  score(
    codes: TokenCodes,
    rows: FormRows[],
    tags: ArrayLike<number>,
    i: number,
    right: ArrayLike<number> | null,
    scores: Float32Array,
  ): void {
    const { table, scratch: out, tagRows } = this;
    const { word, shape, ambiguity, form } = codes;
    const n = word.length;
    // the codes `tagFeatures` reads around token i (START / END / NO_AMBIGUITY outside the sentence)
    const w0 = word[i]!;
    const wPrev = i > 0 ? word[i - 1]! : START;
    const wNext = i + 1 < n ? word[i + 1]! : END;
    const sh0 = shape[i]!;
    const shPrev = i > 0 ? shape[i - 1]! : START;
    const shNext = i + 1 < n ? shape[i + 1]! : END;
    const amb0 = ambiguity[i]!;
    const ambNext = i + 1 < n ? ambiguity[i + 1]! : NO_AMBIGUITY;
    const ambNext2 = i + 2 < n ? ambiguity[i + 2]! : NO_AMBIGUITY;
    const self = rows[i]!;
    const own = self.rows;
    const prev = (i > 0 ? rows[i - 1]! : this.before).rows;
    const prev2 = (i > 1 ? rows[i - 2]! : this.before).rows;
    const nextRows = i + 1 < n ? rows[i + 1]! : this.after;
    const next = nextRows.rows;
    const next2 = (i + 2 < n ? rows[i + 2]! : this.after).rows;
    const t1 = i > 0 ? tags[i - 1]! : NO_TAG;
    const t2 = i > 1 ? tags[i - 2]! : NO_TAG;
    let k = 0;
    out[k++] = tagRows[0]![t1]!; // 7
    out[k++] = tagRows[1]![t1 * TAGS + t2]!;
    out[k++] = this.byTag(self, TAG_WORD, t1, 9, t1, w0);
    out[k++] = prev[AS_PREV_WORD]!; // 10
    out[k++] = prev[AS_PREV_SUFFIX]!;
    out[k++] = next[AS_NEXT_WORD]!;
    out[k++] = next[AS_NEXT_SUFFIX]!;
    out[k++] = prev2[AS_PREV2_WORD]!;
    out[k++] = next2[AS_NEXT2_WORD]!; // 15
    out[k++] = this.byTag(nextRows, TAG_NEXT_WORD, t1, 16, t1, wNext);
    out[k++] = table.rowOf(featureKey(17, shPrev, sh0, shNext));
    out[k++] = own[i === 0 ? FIRST_SHAPE : INNER_SHAPE]!;
    out[k++] = table.rowOf(featureKey(19, mix(wPrev, w0), wNext));
    out[k++] = own[SUFFIX4]!; // 20
    out[k++] = own[PREFIX3]!;
    out[k++] = this.byTag(self, TAG_SUFFIX, t1, 22, t1, codes.suffix3[i]!);
    out[k++] = table.rowOf(featureKey(23, wPrev, w0));
    out[k++] = own[AMBIGUITY]!;
    out[k++] = next[AS_NEXT_AMBIGUITY]!; // 25
    out[k++] = table.rowOf(featureKey(26, t1, amb0, ambNext));
    out[k++] = table.rowOf(featureKey(27, ambNext, ambNext2));
    out[k++] = table.rowOf(featureKey(28, sh0, shNext));
    out[k++] = next[AS_NEXT_FORM]!;
    out[k++] = table.rowOf(featureKey(30, form[i]!, i + 1 < n ? form[i + 1]! : END)); // 30
    if (right) {
      const r1 = i + 1 < n ? right[i + 1]! : NO_TAG;
      const r2 = i + 2 < n ? right[i + 2]! : NO_TAG;
      out[k++] = tagRows[2]![r1]!; // 31
      out[k++] = tagRows[3]![r1 * TAGS + r2]!;
      out[k++] = tagRows[4]![t1 * TAGS + r1]!;
      out[k++] = this.byTag(self, WORD_RIGHT, r1, 34, w0, r1);
    }
    scores.set(self.prefix);
    table.addRows(out, k, scores);
  }
}

const scorers = new WeakMap<WeightTable, TagScorer>();

/** The scorer of a tagger table (one per table, kept while the table lives). */
export function tagScorer(table: WeightTable): TagScorer {
  let scorer = scorers.get(table);
  if (!scorer) {
    scorer = new TagScorer(table);
    scorers.set(table, scorer);
  }
  return scorer;
}
