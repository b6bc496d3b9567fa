/**
 * The extractor's own version. Stored with every graph folder's manifest: a graph is re-extracted
 * (`parley rebuild`, `npm start`) exactly when its stored version differs from this one, never
 * because a file is newer. Bump it (any new string; by convention the date and a counter) in the
 * change that alters what `extractArticle` gives for some text, or how `buildGraph` assembles it.
 */
export const EXTRACTOR_VERSION = '2026-12-02.2';
