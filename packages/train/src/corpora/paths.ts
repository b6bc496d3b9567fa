import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is at packages/train/{src,dist}/corpora/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

const sharedPath = () => process.env.PARLEY_SHARED ?? join(repoRoot, '../shared');

/** Whether the training data (`../shared`) is present: tests that read it skip on machines without it. */
export const hasShared = (): boolean => existsSync(sharedPath());

/** `../shared` beside the repository, or `PARLEY_SHARED` when set. */
export function sharedDir(): string {
  const dir = sharedPath();
  if (!existsSync(dir)) throw new Error(`training data not found: ${dir} (set PARLEY_SHARED)`);
  return dir;
}

/** A path inside `../shared`. */
export const shared = (...parts: string[]) => join(sharedDir(), ...parts);
