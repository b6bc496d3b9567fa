import { comment, formatConllu, parseConllu } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { hasShared } from './paths.js';
import { gumSplit, readEwt } from './treebanks.js';

const sample = `# newdoc id = d1
# sent_id = s1
# text = I don't know.
1	I	I	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
4.1	knows	know	VERB	VB	_	_	_	_	_
5	.	.	PUNCT	.	_	4	punct	_	_
`;

describe('parseConllu', () => {
  it('reads words, multiword ranges and comments, dropping empty nodes', () => {
    const [s] = parseConllu(sample);
    expect(s!.words.map((w) => w.form)).toEqual(['I', 'do', "n't", 'know', '.']);
    expect(s!.ranges).toEqual([{ from: 2, to: 3, form: "don't", misc: '_' }]);
    expect(s!.words[3]!.head).toBe(0);
    expect(comment(s!, 'text')).toBe("I don't know.");
    expect(s!.doc).toBe('d1');
  });

  it('round-trips what it reads', () => {
    expect(parseConllu(formatConllu(parseConllu(sample)))).toEqual(parseConllu(sample));
  });

  it('names the line of a malformed row', () => {
    expect(() => parseConllu('1\tI\tI\n', 'x.conllu')).toThrow(/x\.conllu:1: expected 10 columns/);
  });
});

describe.skipIf(!hasShared())('the treebanks in ../shared', () => {
  it('hold EWT test at its documented size', () => {
    expect(readEwt('test').length).toBe(2077);
  });

  it('split GUM into 4/5 training and 1/5 held-out documents', () => {
    const { train, heldout } = gumSplit();
    expect(heldout.length).toBe(Math.floor((train.length + heldout.length) / 5));
    expect(heldout.some((d) => train.includes(d))).toBe(false);
  });
});
