import { describe, expect, it } from 'vitest';
import { THIRD_PERSON_POSSESSIVES, THIRD_PERSON_PRONOUNS, THIRD_PERSON_SUBJECTS } from './pronouns.js';

describe('third-person pronoun lists', () => {
  it('derive from the subject and possessive lists, first and second person left out', () => {
    expect([...THIRD_PERSON_SUBJECTS].sort()).toEqual(['he', 'it', 'she', 'they']);
    expect([...THIRD_PERSON_POSSESSIVES].sort()).toEqual(['her', 'hers', 'his', 'its', 'their']);
  });

  it('give every third-person subject and possessive its gender and number', () => {
    for (const word of [...THIRD_PERSON_SUBJECTS, ...THIRD_PERSON_POSSESSIVES]) {
      expect(THIRD_PERSON_PRONOUNS.get(word), word).toBeDefined();
    }
    expect(THIRD_PERSON_PRONOUNS.get('hers')).toEqual({ gender: 'f', plural: false });
    expect(THIRD_PERSON_PRONOUNS.get('its')?.neuter).toBe(true);
  });
});
