import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What {@link writeFileAtomic} writes: whole data, or chunks (written in turn, so memory stays flat). */
export type AtomicWriteData = string | Uint8Array | Iterable<string> | AsyncIterable<string>;

/**
 * Writes a file atomically: to a temporary file beside it, then renamed over it, so a reader
 * never sees half a file and a crash leaves the old one intact.
 * @example await writeFileAtomic('graphs/x/graph.json', JSON.stringify(graph))
 */
export async function writeFileAtomic(path: string, data: AtomicWriteData): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Streams chunks to a file atomically ({@link writeFileAtomic}): each chunk is written before the
 * next is asked for, so a generator of a huge export never sits in memory whole.
 * @example await writeChunksAtomic('out/graph.graphml', toGraphml(graph))
 */
export function writeChunksAtomic(
  path: string,
  chunks: Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  return writeFileAtomic(path, chunks);
}
