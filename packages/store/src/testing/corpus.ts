import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Extraction,
  extractArticle,
  listInputFiles,
  readInputFile,
  readMetaTable,
  withMeta,
} from '@parley/core';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const SEED = here('../../../../graphs/ukraine-peace-talks/articles');
const FIXTURES = here('../../../core/src/analysis/fixtures/');

/** An article's extraction with the text it came from. */
export interface ExtractedArticle {
  x: Extraction;
  text: string;
}

/** The seed graph's articles (`graphs/ukraine-peace-talks/articles`), extracted by the real core. */
export function seedArticles(): ExtractedArticle[] {
  return readdirSync(SEED)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const text = readFileSync(join(SEED, f), 'utf8');
      return { x: extractArticle(text, { id: basename(f, '.txt') }), text };
    });
}

/** The core's fixture corpus over time (dated articles sharing actors and proposals), extracted. */
export async function fixtureArticles(): Promise<ExtractedArticle[]> {
  const meta = await readMetaTable(join(FIXTURES, 'meta.csv'));
  const inputs = (await Promise.all((await listInputFiles([FIXTURES])).map(readInputFile))).flat();
  return inputs
    .map((a) => withMeta(a, meta))
    .map(({ text, origin: _, ...m }) => ({ x: extractArticle(text, m), text }));
}
