import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index.js';
import type { Extraction } from '../extract/types.js';
import { buildGraph } from '../graph/index.js';
import { groupAdjective, nationOf } from '../lexicon/countries.js';
import { proposalKey } from './key.js';

/** "label: actor stance, actor stance" lines of an extraction, for compact assertions. */
function stances(x: Extraction): string[] {
  const name = (id: string) => x.actors.find((a) => a.id === id)?.label ?? id;
  return x.proposals.flatMap((p) =>
    p.stances.map((s) => `${p.label} [${p.category}]: ${name(s.actor)} ${s.stance}`),
  );
}

const extract = (text: string) => extractArticle(text, { id: 'rules' });

describe('proposal rules on text no fixture was written for', () => {
  it('reads a venue proposal and a refusal that only says "the idea"', () => {
    const x = extract(
      'Turkey proposed holding the talks in Istanbul. Hours later, Greece rejected the idea.',
    );
    expect(stances(x)).toEqual([
      'Talks in Istanbul [venue]: Turkey proposes',
      'Talks in Istanbul [venue]: Greece rejects',
    ]);
  });

  it('reads readiness to offer something, resolving the pronoun to the speaker', () => {
    const x = extract('Norway said it was ready to offer immunity to Maduro.');
    expect(stances(x)).toEqual(['Immunity for Maduro [immunity]: Norway proposes']);
  });

  it('reads a refusal of membership and a timing with two speakers', () => {
    expect(stances(extract('Hungary has ruled out Sweden joining NATO.'))).toEqual([
      'Sweden joining NATO [membership]: Hungary rejects',
    ]);
    const timing = extract('Olaf Scholz and Emmanuel Macron said the summit could take place next month.');
    expect(stances(timing)).toEqual([
      'Summit next month [timing]: Olaf Scholz proposes',
      'Summit next month [timing]: Emmanuel Macron proposes',
    ]);
  });

  it('names a force by its provider, from a demonym', () => {
    const x = extract('President Joe Biden ruled out sending American troops to the region.');
    expect(stances(x)).toEqual(['U.S. troops on the ground [force]: Joe Biden rejects']);
  });

  it('gives the offer to its possessor and the refusal to the subject, on one proposal', () => {
    const x = extract("Zelensky rejected Putin's offer of Moscow as a summit venue.");
    expect(x.proposals.map((p) => p.label)).toEqual(['Summit in Moscow']);
    expect(stances(x).sort()).toEqual([
      'Summit in Moscow [venue]: Putin proposes',
      'Summit in Moscow [venue]: Zelensky rejects',
    ]);
  });

  it('turns a negated refusal into support', () => {
    const x = extract('Emmanuel Macron said that nobody had rejected the opportunity for direct talks.');
    expect(stances(x)).toEqual(['Direct talks [meeting]: Emmanuel Macron supports']);
  });

  it('reads calls, demands and refusals of the usual items of a negotiation', () => {
    const x = extract(
      [
        'Iran called for an immediate ceasefire in Gaza.',
        'Hamas rejected the truce proposal.',
        'Russia demanded that Ukraine withdraw its troops from the four regions.',
        'Kyiv has repeatedly rejected any territorial concessions.',
        'The United Nations urged Israel to open a humanitarian corridor in Rafah.',
      ].join(' '),
    );
    const labels = x.proposals.map((p) => `${p.label} [${p.category}]`);
    expect(labels).toEqual([
      'Cease-fire in Gaza [ceasefire]',
      'Ukrainian troop withdrawal [force]',
      'Territorial concessions [other]',
      'Humanitarian corridor in Rafah [aid]',
    ]);
    const ceasefire = stances(x).filter((s) => s.startsWith('Cease-fire'));
    expect(ceasefire).toEqual([
      'Cease-fire in Gaza [ceasefire]: Iran proposes',
      'Cease-fire in Gaza [ceasefire]: Hamas rejects',
    ]);
  });

  it('finds nothing in text that proposes nothing', () => {
    const x = extract(
      'Polls suggest a tight race. The senator offered an early assessment of the debate on Tuesday.',
    );
    expect(x.proposals).toEqual([]);
  });
});

describe('one proposal node across articles', () => {
  it('merges the same proposal from two articles, with stances from both and `about` links', () => {
    const a = extractArticle('Vladimir Putin proposed holding the summit in Moscow.', { id: 'a' });
    const b = extractArticle("Volodymyr Zelensky rejected Putin's offer of Moscow as a summit venue.", {
      id: 'b',
    });
    const graph = buildGraph([a, b]);
    const key = proposalKey('Summit in Moscow');
    expect(graph.getNodeAttribute(key, 'category')).toBe('venue');
    const edges = graph.inEdges(key).map((e) => graph.getEdgeAttributes(e));
    expect(
      edges
        .filter((e) => e.type === 'proposes')
        .map((e) => e.article)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(edges.filter((e) => e.type === 'rejects').map((e) => e.article)).toEqual(['b']);
    expect(edges.some((e) => e.type === 'about')).toBe(true);
    expect(graph.filterNodes((_, n) => n.kind === 'proposal')).toEqual([key]);
  });
});

describe('proposal keys and nations', () => {
  it('keys labels regardless of case, dashes and spelling of cease-fire', () => {
    expect(proposalKey('Cease-fire in Gaza')).toBe(proposalKey('ceasefire in gaza'));
    expect(proposalKey('Putin–Zelenskyy meeting')).toBe('proposal:putin-zelenskyy-meeting');
    expect(proposalKey('U.S. air support')).toBe(proposalKey('US air support'));
    expect(proposalKey('Summit in Moscow')).not.toBe(proposalKey('Summit in Geneva'));
  });

  it('names nations and groups of nations as labels do', () => {
    expect(nationOf('American')?.adjective).toBe('U.S.');
    expect(nationOf('Russians')?.adjective).toBe('Russian');
    expect(nationOf('European nations')?.adjective).toBe('European');
    expect(nationOf('Putin')).toBeUndefined();
    const group = ['France', 'Germany', 'UK'].map((n) => nationOf(n)!);
    expect(groupAdjective(group)).toBe('European');
    expect(groupAdjective([nationOf('France')!, nationOf('Japan')!])).toBeUndefined();
  });
});
