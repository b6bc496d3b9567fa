import { rename, rm } from 'node:fs/promises';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import type { ParleyGraph } from '../graph/types.js';
import { writeFileAtomic } from '../io/write.js';
import { copyAtomic, graphFolderPaths } from './folder.js';
import { type Manifest, writeManifest } from './manifest.js';

/**
 * Replaces a graph folder's graph and manifest with a complete new build, never leaving either
 * half-written: the new graph is written in full to a temporary file first; then the previous
 * graph and manifest are copied to `graph.json.bak` / `manifest.json.bak`; then the new graph is
 * renamed over the old and the manifest, stamped with this `EXTRACTOR_VERSION`, written last (a
 * crash before it leaves an older stamp, so the next start rebuilds again rather than trusting it).
 */
export async function commitGraphFolder(
  folder: string,
  graph: ParleyGraph,
  manifest: Manifest,
): Promise<void> {
  const paths = graphFolderPaths(folder);
  const tmp = `${paths.graph}.${process.pid}.${Date.now()}.new.tmp`;
  try {
    await writeFileAtomic(tmp, JSON.stringify(graph.export()));
    await copyAtomic(paths.graph, paths.backup);
    await copyAtomic(paths.manifest, paths.manifestBackup);
    await rename(tmp, paths.graph);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  await writeManifest(folder, { ...manifest, extractor: EXTRACTOR_VERSION });
}
