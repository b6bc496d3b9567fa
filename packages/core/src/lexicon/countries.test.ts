import { describe, expect, it } from 'vitest';
import { countryByName, groupAdjective, nationOf } from './countries.js';

describe('one country table for mentions and proposals', () => {
  it('knows the everyday names the data set lacks in both views', () => {
    for (const name of ['Britain', 'Turkey']) {
      expect(countryByName(name)).toBeDefined();
      expect(nationOf(name)).toBeDefined();
    }
    expect(nationOf('Britain')?.adjective).toBe('UK');
    expect(nationOf('Turkey')?.adjective).toBe('Turkish');
  });

  it('does not read two-letter words as country codes', () => {
    for (const word of ['no', 'in', 'is', 'it']) {
      expect(nationOf(word)).toBeUndefined();
      expect(countryByName(word)).toBeUndefined();
    }
    expect(nationOf('US')?.adjective).toBe('U.S.');
    expect(nationOf('the U.S.')?.adjective).toBe('U.S.');
  });

  it('names nations by demonym, plural and bloc', () => {
    expect(nationOf('American')?.adjective).toBe('U.S.');
    expect(nationOf('Russians')?.adjective).toBe('Russian');
    expect(nationOf('European nations')?.adjective).toBe('European');
    expect(nationOf('Putin')).toBeUndefined();
    expect(groupAdjective(['France', 'Germany', 'UK'].map((n) => nationOf(n)!))).toBe('European');
  });
});
