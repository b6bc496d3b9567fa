import { describe, expect, it } from 'vitest';
import { categoryOf } from './category.js';

describe('categoryOf', () => {
  it.each([
    ['Nomination of a federal judge', 'appointment'],
    ['Resignation of the prime minister', 'appointment'],
    ['Overhaul of corporate taxes', 'spending'],
    ['Funding to fight the virus', 'spending'],
    ['Free trade agreement with Canada', 'trade'],
    ['Candidate quitting the presidential race', 'election'],
    ['Closure of the military prison', 'security'],
    ['Repeal of the health care law', 'legislation'],
    ['Ban on plastic bags', 'policy'],
    ['Deportation of criminals', 'policy'],
    ['Brexit as an opportunity', 'other'],
  ] as const)('%s is %s', (label, category) => {
    expect(categoryOf(label)).toBe(category);
  });
});
