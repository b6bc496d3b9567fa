import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HELPER = 'packages/core/src/text/sorted-search.ts';

/** Every non-test TypeScript file under a folder (build output and dependencies left out). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

// The midpoint of a binary search, however it is written: (lo + hi) >> 1, >>> 1, / 2, Math.floor(...).
const MIDPOINT = /\(\s*([A-Za-z_$][\w$]*)\s*\+\s*([A-Za-z_$][\w$]*)\s*\)\s*(>>>?\s*1\b|\/\s*2\b)/;

describe('module structure', () => {
  it('has one sorted-search helper: no hand-written binary search outside text/sorted-search.ts', () => {
    const files = ['packages', 'apps'].flatMap((dir) => sourceFiles(join(root, dir)));
    expect(files.length).toBeGreaterThan(100);
    const found = files
      .filter((file) => relative(root, file) !== HELPER)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            MIDPOINT.test(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(found).toEqual([]);
    expect(MIDPOINT.test(readFileSync(join(root, HELPER), 'utf8'))).toBe(true);
  });
});
