import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ArticleFields } from '../io/meta.js';
import { writeFileAtomic } from '../io/write.js';

/** One article kept in a graph folder: what a rebuild needs to extract it again, as it was added. */
export const StoredArticleSchema = z.object({
  /** The article id (its text is `articles/<id>.txt`). */
  id: z.string().min(1),
  title: z.string().optional(),
  date: z.string().optional(),
  publisher: z.string().optional(),
  url: z.string().optional(),
  /** sha256 (hex) of the stored, normalised text. */
  sha256: z.string(),
  /** `articleFingerprint` of the text, for duplicate detection. */
  fingerprint: z.string(),
});
export type StoredArticle = z.infer<typeof StoredArticleSchema>;

/** `manifest.json` of a graph folder: every article of the graph, and the extractor that built it. */
export const ManifestSchema = z.object({
  format: z.literal('parley-graph-folder/1'),
  /** `EXTRACTOR_VERSION` of the build that wrote `graph.json`; '' when not known. */
  extractor: z.string(),
  articles: z.array(StoredArticleSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** The manifest file of a graph folder. */
export const manifestPath = (folder: string) => join(folder, 'manifest.json');

/**
 * Reads a graph folder's manifest; undefined when the folder has none yet.
 * @throws Error when the file exists but is not a manifest (it is never silently replaced)
 */
export async function readManifest(folder: string): Promise<Manifest | undefined> {
  let raw: string;
  try {
    raw = await readFile(manifestPath(folder), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const parsed = ManifestSchema.safeParse(JSON.parse(raw));
  if (!parsed.success)
    throw new Error(`${manifestPath(folder)} is not a graph folder manifest: ${parsed.error.message}`);
  return parsed.data;
}

/** Writes a graph folder's manifest atomically. */
export function writeManifest(folder: string, manifest: Manifest): Promise<void> {
  return writeFileAtomic(manifestPath(folder), `${JSON.stringify(manifest, null, 1)}\n`);
}

/** The manifest entry of an article, its metadata copied only where set. */
export function storedArticle(
  meta: { id: string } & ArticleFields,
  sha256: string,
  fingerprint: string,
): StoredArticle {
  return {
    id: meta.id,
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.date !== undefined ? { date: meta.date } : {}),
    ...(meta.publisher !== undefined ? { publisher: meta.publisher } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    sha256,
    fingerprint,
  };
}
