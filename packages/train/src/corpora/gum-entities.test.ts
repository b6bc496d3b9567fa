import { parseConllu } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { entitySentence, gumMentions, namedSpans } from './gum-entities.js';
import { hasShared } from './paths.js';
import { gumSplit, readGum } from './treebanks.js';

// "The University of Basel, where he taught, hired Jacob Bernoulli in Thursday's session."
const sample = `# newdoc id = d1
1	The	the	DET	DT	_	2	det	_	Entity=(1-organization-new-x-cf1-2-coref
2	University	University	PROPN	NNP	_	8	nsubj	_	_
3	of	of	ADP	IN	_	4	case	_	_
4	Basel	Basel	PROPN	NNP	_	2	nmod	_	Entity=(2-place-new-x-cf2-1-coref-Basel)|SpaceAfter=No
5	,	,	PUNCT	,	_	7	punct	_	_
6	where	where	ADV	WRB	_	7	advmod	_	_
7	taught	teach	VERB	VBD	_	2	acl:relcl	_	Entity=1)|SpaceAfter=No
8	hired	hire	VERB	VBD	_	0	root	_	_
9	Jacob	Jacob	PROPN	NNP	_	8	obj	_	Entity=(3-person-new-x-cf3-1-coref
10	Bernoulli	Bernoulli	PROPN	NNP	_	9	flat	_	Entity=3)
11	in	in	ADP	IN	_	14	case	_	_
12	Thursday	Thursday	PROPN	NNP	_	14	nmod:poss	_	Entity=(4-event-new-x-cf4-3-coref(5-time-new-x-cf5-1-coref)
13	's	's	PART	POS	_	12	case	_	_
14	session	session	NOUN	NN	_	8	obl	_	Entity=4)
`;

describe.skipIf(!hasShared())('GUM entity brackets', () => {
  const [sentence] = parseConllu(sample);

  it('reads nested, one-word and multi-word mentions', () => {
    expect(gumMentions(sentence!).map((m) => [m.start, m.end, m.gumType, m.identity])).toEqual([
      [0, 7, 'organization', ''],
      [3, 4, 'place', 'Basel'],
      [8, 10, 'person', ''],
      [11, 14, 'event', ''],
      [11, 12, 'time', ''],
    ]);
    expect(gumMentions(sentence!).map((m) => m.chain)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('keeps outermost named mentions, trimmed to the name, in Parley types', () => {
    expect(namedSpans(sentence!)).toEqual([
      { start: 1, end: 4, type: 'organization' },
      { start: 8, end: 10, type: 'person' },
      { start: 11, end: 12, type: 'other' },
    ]);
    expect(entitySentence(sentence!).spaceAfter.slice(3, 5)).toEqual([false, true]);
  });

  it('reads every held-out document without error, with named mentions in each', () => {
    for (const doc of gumSplit().heldout) {
      const spans = readGum(doc).flatMap((s) => entitySentence(s).entities);
      expect(spans.length, doc).toBeGreaterThan(0);
    }
  });
});
