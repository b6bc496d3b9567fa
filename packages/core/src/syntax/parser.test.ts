import { describe, expect, it } from 'vitest';
import { annotateSentence } from './annotate.js';
import { LEFT, ParseState, RIGHT, SHIFT } from './parse-state.js';
import { parseSentence } from './parser.js';

describe('ParseState (arc-hybrid)', () => {
  it('builds the tree its transitions describe, and gives the root exactly one child', () => {
    // "She signed it": She <- signed -> it, signed <- root
    const st = new ParseState(3);
    expect(st.legal(RIGHT)).toBe(false);
    st.apply(SHIFT, 0);
    st.apply(LEFT, 1);
    st.apply(SHIFT, 0);
    st.apply(SHIFT, 0);
    expect(st.legal(RIGHT)).toBe(true);
    st.apply(RIGHT, 2);
    expect(st.legal(SHIFT)).toBe(false);
    st.apply(RIGHT, 3);
    expect(st.done).toBe(true);
    expect(Array.from(st.head.subarray(1))).toEqual([2, 0, 2]);
    expect(Array.from(st.label.subarray(1))).toEqual([1, 3, 2]);
    expect(st.leftCount[2]).toBe(1);
    expect(st.rightCount[2]).toBe(1);
  });
});

describe('parseSentence', () => {
  it('finds the subject, object and clausal complement of a reporting verb', () => {
    const forms = ['Recep', 'Tayyip', 'Erdoğan', 'said', 'the', 'talks', 'had', 'failed', '.'];
    const { upos, xpos, heads, deprels } = annotateSentence(forms);
    expect(parseSentence(forms, upos, xpos)).toEqual({ heads, deprels });
    expect(heads[3]).toBe(0);
    expect(deprels[3]).toBe('root');
    // UD names are flat, headed by their first word
    expect([heads[0], deprels[0]]).toEqual([4, 'nsubj']);
    expect([heads[2], deprels[2]]).toEqual([1, 'flat']);
    expect([heads[7], deprels[7]]).toEqual([4, 'ccomp']);
    expect([heads[5], deprels[5]]).toEqual([8, 'nsubj']);
    expect([heads[6], deprels[6]]).toEqual([8, 'aux']);
    expect([heads[8], deprels[8]]).toEqual([4, 'punct']);
  });

  it('gives every word a head inside the sentence and exactly one root', () => {
    const forms = 'In Kyiv , Maroš Šefčovič met officials who had rejected the plan , an aide said'.split(
      ' ',
    );
    const { heads, deprels } = annotateSentence(forms);
    expect(heads).toHaveLength(forms.length);
    expect(heads.filter((h) => h === 0)).toHaveLength(1);
    expect(deprels[heads.indexOf(0)]).toBe('root');
    for (const h of heads) expect(h >= 0 && h <= forms.length).toBe(true);
    expect(parseSentence([], [], [])).toEqual({ heads: [], deprels: [] });
  });
});
