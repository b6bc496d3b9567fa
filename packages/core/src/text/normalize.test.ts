import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, nameKey, nameWords, slugify } from './normalize.js';

describe('fold', () => {
  it('ignores case and accents, including letters NFKD does not split', () => {
    expect(fold('Łukasz')).toBe(fold('Lukasz'));
    expect(fold('Gérald DARMANIN')).toBe('gerald darmanin');
    expect(fold('Søren Straße')).toBe('soren strasse');
  });

  it('keeps letters of every script', () => {
    expect(fold('Владимир Путин')).toBe('владимир путин');
    expect(fold('習近平')).toBe('習近平');
    // Devanagari vowel signs are marks but part of the word
    expect(fold('मोदी')).toBe('मोदी');
  });
});

describe('nameKey', () => {
  it('normalises case, accents, possessives and a leading "the"', () => {
    expect(nameKey("Zelenskyy's")).toBe('zelenskyy');
    expect(nameKey('the U.S.')).toBe('us');
    expect(nameKey('Gérald Darmanin')).toBe('gerald darmanin');
    expect(nameKey('Łukasz')).toBe(nameKey('Lukasz'));
  });

  it('keeps names in other scripts apart', () => {
    expect(nameKey('Владимир Путин')).toBe('владимир путин');
    expect(nameKey('Сергей Лавров')).not.toBe(nameKey('Владимир Путин'));
    expect(nameWords('Владимир  Путин')).toEqual(['владимир', 'путин']);
  });
});

describe('slugify', () => {
  it('makes ASCII slugs of Latin names', () => {
    expect(slugify('Volodymyr Zelenskyy')).toBe('volodymyr-zelenskyy');
    expect(slugify('Łukasz Kamiński')).toBe('lukasz-kaminski');
    expect(slugify("O'Brien")).toBe('obrien');
    expect(slugify('—')).toBe('x');
  });

  it('never gives two names in other scripts one slug', () => {
    const names = ['Владимир Путин', 'Сергей Лавров', '習近平', '李克强', 'Αλέξης Τσίπρας', 'محمد بن سلمان'];
    const slugs = names.map(slugify);
    expect(new Set(slugs).size).toBe(names.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]+$/);
    expect(slugify('Putin (Путин)')).not.toBe(slugify('Putin (Лавров)'));
    expect(slugify('Владимир Путин')).toBe(slugify('владимир путин'));
  });

  it('gives different slugs to names whose letters differ beyond ASCII', () => {
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(name, name, (a, b) => {
        const letters = (s: string) =>
          fold(s)
            .replace(/[’']/g, '')
            .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
        fc.pre(letters(a) !== letters(b) && /[^a-z0-9]/.test(letters(a) + letters(b)));
        expect(slugify(a)).not.toBe(slugify(b));
      }),
    );
  });
});
