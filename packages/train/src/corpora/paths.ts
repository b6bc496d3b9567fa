import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is at packages/train/{src,dist}/corpora/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** `../shared` beside the repository, or `PARLEY_SHARED` when set. */
export function sharedDir(): string {
  const dir = process.env.PARLEY_SHARED ?? join(repoRoot, '../shared');
  if (!existsSync(dir)) throw new Error(`training data not found: ${dir} (set PARLEY_SHARED)`);
  return dir;
}

/** A path inside `../shared`. */
export const shared = (...parts: string[]) => join(sharedDir(), ...parts);
