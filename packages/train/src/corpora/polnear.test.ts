import { parseText } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { goldTags } from '../attribution/data.js';
import { foldsOf, parseBrat } from './polnear.js';

// invented text in PolNeAR's layout (no corpus text here); "’" and "é" make code points and units differ
const text =
  'The mayor’s aide said the bridge will reopen. “It is safe,” Renée Dubois told reporters. 😀 Officials say so.';
const at = (piece: string) => {
  const start = text.indexOf(piece);
  // brat counts code points: the emoji before "Officials" is one, JavaScript counts two
  return [...text.slice(0, start)].length;
};
const line = (id: string, label: string, piece: string) =>
  `${id}\t${label} ${at(piece)} ${at(piece) + [...piece].length}\t${piece}`;
const ann = [
  line('T1', 'Source', 'The mayor’s aide'),
  line('T2', 'Cue', 'said'),
  line('T3', 'Content', 'the bridge will reopen'),
  'E1\tAttribution:T9 Content:T3 Cue:T2 Source:T1',
  line('T4', 'Content', '“It is safe,”'),
  line('T5', 'Source', 'Renée Dubois'),
  line('T6', 'Cue', 'told'),
  'E2\tAttribution:T8 Cue:T6 Content:T4 Source:T5',
  line('T7', 'Content', 'so'),
  line('T10', 'Cue', 'say'),
  'E3\tAttribution:T11 Cue:T10 Content:T7',
  'E4\tAttribution:T12 Cue:T10',
].join('\n');

describe('PolNeAR annotations', () => {
  const gold = parseBrat(ann, text);

  it('reads every attribution with content, in UTF-16 offsets', () => {
    expect(gold).toHaveLength(3);
    expect(text.slice(...gold[0]!.source[0]!)).toBe('The mayor’s aide');
    expect(text.slice(...gold[2]!.content[0]!)).toBe('so');
    expect(gold[2]!.source).toEqual([]);
  });

  it('tags each token with its role, beginning each piece', () => {
    const parsed = parseText(text);
    const tags = goldTags(parsed, gold);
    const tagged = parsed.tokens.map((t, i) => `${t.text}/${tags[i]}`);
    expect(tagged.slice(0, 5)).toEqual(['The/1', 'mayor/2', '’s/2', 'aide/2', 'said/3']);
    expect(tagged.slice(5, 9)).toEqual(['the/5', 'bridge/6', 'will/6', 'reopen/6']);
    expect(tagged).toContain('Officials/0');
    expect(tagged).toContain('so/5');
  });

  it('splits articles into folds deterministically', () => {
    expect(foldsOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      [1, 4, 7],
      [2, 5],
      [3, 6],
    ]);
  });
});
