import { describe, expect, it } from 'vitest';
import { acronymOf, compatiblePersonNames, editDistance, sameSurname, surnameOf } from './names.js';

describe('name comparison', () => {
  it('measures edit distance with an early stop', () => {
    expect(editDistance('zelenskyy', 'zelensky')).toBe(1);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });

  it('accepts spelling variants of long surnames only', () => {
    expect(sameSurname('zelenskyy', 'zelensky')).toBe(true);
    expect(sameSurname('zelenskiy', 'zelensky')).toBe(true);
    expect(sameSurname('ryan', 'rian')).toBe(false);
    expect(sameSurname('putin', 'puton')).toBe(false);
  });

  it('matches people by surname without conflicting first names', () => {
    expect(compatiblePersonNames(['trump'], ['donald', 'trump'])).toBe(true);
    expect(compatiblePersonNames(['d', 'trump'], ['donald', 'trump'])).toBe(true);
    expect(compatiblePersonNames(['eric', 'trump'], ['donald', 'trump'])).toBe(false);
    expect(compatiblePersonNames(['paul', 'ryan'], ['paul', 'dewar'])).toBe(false);
  });

  it('reads the surname before a generational suffix, and keeps father and son apart', () => {
    expect(surnameOf(['john', 'g', 'roberts', 'jr'])).toBe('roberts');
    expect(compatiblePersonNames(['john', 'cushman', 'jr'], ['john', 'g', 'roberts', 'jr'])).toBe(false);
    expect(compatiblePersonNames(['donald', 'trump', 'jr'], ['donald', 'trump'])).toBe(false);
    expect(compatiblePersonNames(['john', 'roberts', 'jr'], ['john', 'g', 'roberts', 'jr'])).toBe(true);
    expect(compatiblePersonNames(['roberts'], ['john', 'roberts', 'jr'])).toBe(true);
  });

  it('spells out acronyms from capitalised words', () => {
    expect(acronymOf('International Criminal Court')).toBe('icc');
    expect(acronymOf('the United Nations')).toBe('un');
    expect(acronymOf('NATO')).toBeUndefined();
  });
});
