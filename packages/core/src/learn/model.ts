import { readFileSync } from 'node:fs';

/**
 * Where the committed model files live: `packages/core/models/<name>/`. The same relative path holds
 * from `src/learn/` (tests) and `dist/learn/` (the build).
 */
export function modelPath(name: string, file: string): URL {
  return new URL(`../../models/${name}/${file}`, import.meta.url);
}

/**
 * A value built once per process on first use (models load lazily: importing the core stays cheap).
 * @example const tagger = lazy(() => loadTagger()); tagger().tag(tokens);
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** Reads a model's JSON sidecar (class labels, settings). */
export function readModelJson<T>(name: string, file: string): T {
  return JSON.parse(readFileSync(modelPath(name, file), 'utf8')) as T;
}
