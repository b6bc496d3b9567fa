import type { ParsedText, Token } from '../text/types.js';
import { parseSentence } from './parser.js';

/**
 * The dependency tree of one sentence of a parsed article, addressed by article token index. The
 * tree comes from the tokens' own `head`/`deprel` when the article was parsed with dependencies,
 * else from parsing the sentence now with its tags (the pipeline parses without trees for speed,
 * so a stage that needs one asks for the few sentences it reads).
 */
export class SentenceTree {
  /** Article index of the sentence's first token. */
  readonly start: number;
  /** One past the article index of its last token. */
  readonly end: number;
  private readonly heads: number[];
  private readonly rels: string[];
  private readonly kids: number[][];
  private readonly spans = new Map<number, [number, number]>();

  constructor(tokens: Token[], start: number, end: number) {
    this.start = start;
    this.end = end;
    const own = tokens.slice(start, end);
    const parsedAlready = own.length > 0 && own.every((t) => t.deprel !== '');
    if (parsedAlready) {
      this.heads = own.map((t) => t.head);
      this.rels = own.map((t) => t.deprel);
    } else {
      const deps = parseSentence(
        own.map((t) => t.text),
        own.map((t) => t.pos),
        own.map((t) => t.xpos),
      );
      this.heads = deps.heads.map((h) => (h <= 0 ? -1 : start + h - 1));
      this.rels = deps.deprels;
    }
    this.kids = own.map(() => []);
    this.heads.forEach((h, i) => {
      if (h >= 0) this.kids[h - start]!.push(start + i);
    });
  }

  /** Whether token k lies in this sentence. */
  has(k: number): boolean {
    return k >= this.start && k < this.end;
  }

  /** The sentence's root token. */
  get root(): number {
    return this.start + this.heads.indexOf(-1);
  }

  /** Head of token k (an article token index), -1 at the root. */
  head(k: number): number {
    return this.has(k) ? this.heads[k - this.start]! : -1;
  }

  /** Relation of token k to its head ('nsubj', 'obj', 'root', ...); subtypes kept ('nmod:poss'). */
  deprel(k: number): string {
    return this.has(k) ? this.rels[k - this.start]! : '';
  }

  /** Relation of token k without its subtype ('nmod:poss' → 'nmod'). */
  relation(k: number): string {
    return this.deprel(k).split(':')[0]!;
  }

  /** Dependents of token k, in text order. */
  children(k: number): number[] {
    return this.has(k) ? this.kids[k - this.start]! : [];
  }

  /**
   * Dependents of token k whose relation (with or without its subtype) is one of `relations`.
   * @example tree.dependents(verb, 'obj', 'xcomp') // the verb's object and open complement
   */
  dependents(k: number, ...relations: string[]): number[] {
    return this.children(k).filter(
      (c) => relations.includes(this.deprel(c)) || relations.includes(this.relation(c)),
    );
  }

  /** The first dependent of k by one of `relations`, or -1. */
  dependent(k: number, ...relations: string[]): number {
    return this.dependents(k, ...relations)[0] ?? -1;
  }

  /** Whether `ancestor` dominates k (k itself included). */
  dominates(ancestor: number, k: number): boolean {
    for (let at = k, steps = 0; at >= 0 && steps <= this.end - this.start; at = this.head(at), steps++)
      if (at === ancestor) return true;
    return false;
  }

  /**
   * Token range `[from, to)` of k's subtree: from its leftmost to its rightmost descendant (a
   * projective tree's subtree is contiguous; a rare crossing arc only widens the range).
   */
  subtree(k: number): [number, number] {
    const known = this.spans.get(k);
    if (known) return known;
    let from = k;
    let to = k + 1;
    for (const c of this.children(k)) {
      const [a, b] = this.subtree(c);
      from = Math.min(from, a);
      to = Math.max(to, b);
    }
    const span: [number, number] = [from, to];
    this.spans.set(k, span);
    return span;
  }

  /**
   * Range `[from, to)` of k's subtree without the dependents `drop` rejects (they must lie at the
   * subtree's edges to be cut: an inner one stays, keeping the range contiguous).
   */
  subtreeWithout(k: number, drop: (child: number) => boolean): [number, number] {
    let from = k;
    let to = k + 1;
    const kept = this.children(k).filter((c) => !drop(c));
    for (const c of kept) {
      const [a, b] = this.subtree(c);
      from = Math.min(from, a);
      to = Math.max(to, b);
    }
    return [from, to];
  }
}

const cache = new WeakMap<ParsedText, Map<number, SentenceTree>>();

/**
 * The dependency tree of sentence `index` of a parsed article, parsed on first request and cached
 * with the article.
 * @example
 * const tree = sentenceTree(parsed, 0);
 * tree.dependents(tree.root, 'obj'); // token indexes of the main verb's objects
 */
export function sentenceTree(parsed: ParsedText, index: number): SentenceTree {
  let trees = cache.get(parsed);
  if (!trees) {
    trees = new Map();
    cache.set(parsed, trees);
  }
  let tree = trees.get(index);
  if (!tree) {
    const s = parsed.sentences[index]!;
    tree = new SentenceTree(parsed.tokens, s.tokenStart, s.tokenEnd);
    trees.set(index, tree);
  }
  return tree;
}
