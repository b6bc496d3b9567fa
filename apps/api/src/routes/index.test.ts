import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTE_MODULES } from './index.js';

const dir = new URL('.', import.meta.url);

describe('route modules', () => {
  it('are all listed in routes/index.ts, one entry per module file', () => {
    const modules = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3));
    const index = readFileSync(new URL('index.ts', dir), 'utf8');
    expect(modules.filter((m) => !index.includes(`from './${m}.js'`))).toEqual([]);
    expect(ROUTE_MODULES).toHaveLength(modules.length);
  });
});
