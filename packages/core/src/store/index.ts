// Graph folders: the stored articles (texts and manifest) a graph is built from, and rebuilds.
export { commitGraphFolder } from './commit.js';
export {
  articleTextPath,
  type GraphFolderPaths,
  graphArticleIds,
  graphFolderPaths,
  isStorableId,
  manifestFromFolder,
  removeStaleTemporaryFiles,
  sha256Of,
  storeArticleText,
} from './folder.js';
export {
  type Manifest,
  ManifestSchema,
  manifestPath,
  readManifest,
  type StoredArticle,
  StoredArticleSchema,
  storedArticle,
  writeManifest,
} from './manifest.js';
export { type RebuildOptions, type RebuildResult, rebuildGraphFolder } from './rebuild.js';
