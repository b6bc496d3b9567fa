import { describe, expect, it } from 'vitest';
import { parseText } from '../text/parse.js';
import { sentenceTree } from './tree.js';

const at = (text: string, word: string, nth = 0) => {
  const parsed = parseText(text);
  const hits = parsed.tokens.filter((t) => t.text === word);
  return { parsed, k: hits[nth]!.index };
};

describe('sentenceTree', () => {
  it('answers head, relation and dependents of a parse made on demand', () => {
    const { parsed, k: proposed } = at('Senator Smith proposed a ban on assault weapons.', 'proposed');
    const tree = sentenceTree(parsed, 0);
    expect(tree.root).toBe(proposed);
    expect(tree.head(proposed)).toBe(-1);
    const ban = tree.dependent(proposed, 'obj');
    expect(parsed.tokens[ban]!.text).toBe('ban');
    expect(tree.head(ban)).toBe(proposed);
    expect(parsed.tokens[tree.dependent(proposed, 'nsubj')]!.text).toBe('Smith');
    // the object's subtree is the whole noun phrase, its determiner and complement included
    const [from, to] = tree.subtree(ban);
    expect(parsed.text.slice(parsed.tokens[from]!.start, parsed.tokens[to - 1]!.end)).toBe(
      'a ban on assault weapons',
    );
    expect(tree.dominates(proposed, from)).toBe(true);
    expect(tree.dominates(ban, proposed)).toBe(false);
  });

  it('matches relations with or without their subtype, and stays inside its sentence', () => {
    const { parsed, k: plan } = at('Taxes fell. The governor rejected his plan to raise taxes.', 'plan');
    const tree = sentenceTree(parsed, 1);
    expect(tree.has(plan)).toBe(true);
    expect(tree.has(0)).toBe(false);
    expect(tree.children(0)).toEqual([]);
    const his = tree.dependent(plan, 'nmod:poss');
    expect(parsed.tokens[his]!.text).toBe('his');
    expect(tree.dependent(plan, 'nmod')).toBe(his);
    expect(tree.relation(his)).toBe('nmod');
    const raise = tree.dependent(plan, 'acl');
    expect(parsed.tokens[raise]!.text).toBe('raise');
    // without the possessive, the phrase starts at its head
    const [from] = tree.subtreeWithout(plan, (c) => tree.relation(c) === 'nmod');
    expect(from).toBe(plan);
  });

  it('is parsed once per sentence and agrees with a parse made with the article', () => {
    const text = 'Pence vowed to repeal the Affordable Care Act.';
    const plain = parseText(text);
    expect(sentenceTree(plain, 0)).toBe(sentenceTree(plain, 0));
    const withTrees = parseText(text, { dependencies: true });
    const a = sentenceTree(plain, 0);
    const b = sentenceTree(withTrees, 0);
    for (const t of plain.tokens) {
      expect(a.head(t.index)).toBe(b.head(t.index));
      expect(a.deprel(t.index)).toBe(b.deprel(t.index));
    }
  });
});
