import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelPath, readModelJson } from '../learn/model.js';
import { readTable } from '../learn/table.js';
import { encodeForms, TAG_FEATURES, TAG_FEATURES_2, tagFeatures, UPOS } from './tag-features.js';
import { tagScorer } from './tag-scores.js';

const classes = new Map(Object.entries(readModelJson<Record<string, number>>('syntax', 'ambiguity.json')));
const tables = ['upos-1.bin', 'upos-2.bin']
  .filter((file) => existsSync(modelPath('syntax', file)))
  .map((file) => readTable(modelPath('syntax', file)));

const sentences = [
  ['Recep', 'Tayyip', 'Erdoğan', 'said', 'on', 'Tuesday', 'that', 'the', 'talks', 'had', 'failed', '.'],
  ['"', 'We', 'will', 'not', 'back', 'down', ',', '"', 'Maroš', 'Šefčovič', 'told', 'reporters', '.'],
  ['Blorfed', 'zzq', 'U.S.', '1,000', '$', '12.5', 'bn', '—', 'xkcd', '🙂', '!'],
  ['Yes'],
  ['the', 'the', 'the', 'the', 'the'],
];

describe('TagScorer', () => {
  it('gives every token exactly the scores of its tagFeatures keys, in both passes', () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const scorer = tagScorer(table);
      for (const forms of sentences) {
        const codes = encodeForms(forms, classes);
        const rows = scorer.rowsOfSentence(codes);
        // arbitrary tags to the left and right: every tag code, including out-of-sentence
        const tags = Int32Array.from(forms, (_, i) => (i * 7) % UPOS.length);
        const right = Int32Array.from(forms, (_, i) => (i * 5 + 3) % UPOS.length);
        for (const second of [null, right]) {
          const count = second ? TAG_FEATURES_2 : TAG_FEATURES;
          const keys = new Uint32Array(count);
          for (let i = 0; i < forms.length; i++) {
            tagFeatures(codes, tags, i, keys, second);
            const slow = table.score(keys, count, new Float32Array(UPOS.length));
            const fast = new Float32Array(UPOS.length).fill(99);
            scorer.score(codes, rows, tags, i, second, fast);
            expect(fast).toEqual(slow);
          }
        }
      }
    }
  });
});
