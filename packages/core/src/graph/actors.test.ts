import { describe, expect, it } from 'vitest';
import type { ActorNode } from '../contract/types.js';
import { extractArticle } from '../extract/index.js';
import { buildGraph } from './build.js';

/** Actor nodes of a graph built from short articles, by label. */
function actorsOf(...texts: string[]): ActorNode[] {
  const graph = buildGraph(texts.map((t, i) => extractArticle(t, { id: `a${i}` })));
  return graph.filterNodes((_, a) => a.kind === 'actor').map((k) => graph.getNodeAttributes(k) as ActorNode);
}
const people = (actors: ActorNode[]) => actors.filter((a) => a.type === 'person');

describe('actors across articles', () => {
  it('merges spelling variants of one person and keeps every form', () => {
    const actors = people(
      actorsOf('Volodymyr Zelenskyy spoke on Monday.', 'Zelensky spoke again.', 'Volodymyr Zelensky left.'),
    );
    expect(actors).toHaveLength(1);
    expect(actors[0]!.aliases).toEqual(
      expect.arrayContaining(['Volodymyr Zelenskyy', 'Zelensky', 'Volodymyr Zelensky']),
    );
    expect(actors[0]!.mentions).toBe(3);
  });

  it('keeps a definite described source in its article and merges an indefinite one by name', () => {
    const actors = actorsOf(
      'The advisory panel concluded that the tax must rise. Experts said it would work.',
      'The advisory panel concluded that the plan was sound. Experts said it would fail.',
    );
    expect(actors.filter((a) => a.label === 'the advisory panel')).toHaveLength(2);
    expect(actors.filter((a) => a.label === 'Experts')).toHaveLength(1);
  });

  it('upgrades a bare surname to the full name seen in a later article', () => {
    const actors = people(actorsOf('Putin spoke on Monday.', 'Vladimir Putin spoke again.'));
    expect(actors.map((a) => a.label)).toEqual(['Vladimir Putin']);
  });

  it('never merges people who share only a first name', () => {
    expect(people(actorsOf('Paul Ryan spoke.', 'Paul Dewar spoke.')).map((a) => a.label)).toEqual([
      'Paul Ryan',
      'Paul Dewar',
    ]);
  });

  it('never merges two people whose names end in the same suffix, or a father with his son', () => {
    const labels = people(
      actorsOf(
        'John Cushman Jr. spoke on Monday.',
        'Chief Justice John G. Roberts Jr. wrote the opinion.',
        'John Hinckley Jr. was released.',
        'Donald Trump spoke. Donald Trump Jr. spoke later.',
      ),
    ).map((a) => a.label);
    for (const name of [
      'John Cushman Jr.',
      'John G. Roberts Jr.',
      'John Hinckley Jr.',
      'Donald Trump',
      'Donald Trump Jr.',
    ])
      expect(labels).toContain(name);
  });

  it('gives a bare surname to the person mentioned most when several share it', () => {
    const actors = people(
      actorsOf('Donald Trump spoke. Donald Trump left.', 'Eric Trump spoke.', 'Trump spoke again.'),
    );
    expect(actors.map((a) => [a.label, a.mentions])).toEqual([
      ['Donald Trump', 3],
      ['Eric Trump', 1],
    ]);
  });

  it('merges an organisation with its acronym and a country with its demonym', () => {
    const actors = actorsOf(
      'The International Criminal Court ruled on Monday.',
      'The ICC said more. Russian Foreign Minister Sergey Lavrov replied.',
      'Russia said no.',
    );
    expect(actors.filter((a) => a.type === 'organization').map((a) => a.label)).toEqual([
      'International Criminal Court',
    ]);
    expect(actors.filter((a) => a.type === 'country').map((a) => a.label)).toEqual(['Russia']);
  });

  it('does not merge on descriptions shared by different people', () => {
    const actors = people(
      actorsOf(
        "Russia's Vladimir Putin met him, and the president smiled.",
        "France's Emmanuel Macron met him, and the president smiled.",
      ),
    );
    expect(actors.map((a) => a.label)).toEqual(['Vladimir Putin', 'Emmanuel Macron']);
  });
});
