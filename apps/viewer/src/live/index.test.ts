import { describe, expect, it } from 'vitest';
import { describeChange } from './index.js';

describe('describeChange', () => {
  it('says what grew and what shrank, in the order articles, statements, actors, proposals', () => {
    expect(
      describeChange({ article: 3, statement: 10, actor: 5 }, { article: 4, statement: 12, actor: 5 }),
    ).toBe('1 new article, 2 new statements');
    expect(describeChange({ proposal: 2 }, { proposal: 1 })).toBe('1 proposal fewer');
    expect(describeChange({ article: 1 }, { article: 1 })).toBe('');
  });
});
