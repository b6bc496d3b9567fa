/**
 * Words that are also names of Object's members ("constructor", "toString", "__proto__", ...) are
 * plain words: no table lookup by text reaches `Object.prototype`, in extraction or in the API.
 */
import { extractArticle } from '@parley/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Listening, listen, raw, seedGraphsDir } from './lib/http.js';

const WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/** News-style sentences with each word where lexicon lookups happen (aid kinds, meetings, cues, names). */
const article = WORDS.map(
  (w) =>
    `The United States offered ${w} aid to Ukraine, officials said. Germany proposed ${w} talks with Russia. ` +
    `"We want ${w} weapons," ${w} said. ${w[0]?.toUpperCase()}${w.slice(1)} Smith ${w} that a ${w} summit could take place.`,
).join('\n');

/** Signs that an Object member leaked into output. */
const LEAK = /native code|function |\[object |Object\(\)/i;

describe('text keys that are Object members', () => {
  it('extraction gives no label, alias or cue made of an Object member', () => {
    const x = extractArticle(article, { id: 'proto' });
    expect(JSON.stringify(x)).not.toMatch(LEAK);
    for (const p of x.proposals) expect(p.label, p.text).not.toMatch(LEAK);
    // the aid proposals are still found, just without a made-up kind
    expect(x.proposals.some((p) => /aid to Ukraine/i.test(p.label))).toBe(true);
  });

  describe('API filters by such names', () => {
    let app: Listening;
    let remove: () => Promise<void>;
    beforeAll(async () => {
      const made = await seedGraphsDir();
      remove = made.remove;
      app = await listen({ graphsDir: made.dir });
    });
    afterAll(async () => {
      await app?.close();
      await remove?.();
    });

    it.each(WORDS)('?speaker=%s and /actors/%s match no actor (200 empty, 404)', async (w) => {
      const res = await raw(app.port, { path: `/api/graphs/ukraine-peace-talks/statements?speaker=${w}` });
      expect(res.status).toBe(200);
      const body = JSON.parse(res.text);
      expect(body.resolved.speaker).toEqual([]);
      expect(body.total).toBe(0);
      expect(res.text).not.toMatch(LEAK);
      const actor = await raw(app.port, { path: `/api/graphs/ukraine-peace-talks/actors/${w}` });
      expect(actor.status).toBe(404);
      expect(actor.text).not.toMatch(LEAK);
    });
  });
});
