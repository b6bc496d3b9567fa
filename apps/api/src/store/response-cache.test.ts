import { describe, expect, it } from 'vitest';
import { JsonText } from '../http/json-text.js';
import { responseCache } from './response-cache.js';

const answer = (chars: number) => new JsonText(JSON.stringify('x'.repeat(chars)));

describe('response cache', () => {
  it('is bounded in bytes: the least recently used answers go first, and an oversized one is not kept', () => {
    const cache = responseCache(10_000);
    for (let i = 0; i < 10; i++) cache.set(`q${i}`, answer(2_000));
    expect(cache.calculatedSize).toBeLessThanOrEqual(10_000);
    expect(cache.size).toBe(4);
    expect([...cache.keys()]).toEqual(['q9', 'q8', 'q7', 'q6']);
    cache.get('q6');
    cache.set('q10', answer(2_000));
    expect(cache.has('q6')).toBe(true);
    expect(cache.has('q7')).toBe(false);
    cache.set('huge', answer(20_000));
    expect(cache.has('huge')).toBe(false);
    expect(cache.size).toBe(4);
  });
});
