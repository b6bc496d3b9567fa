import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler } from 'express';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parley</title></head>
<body><h1>Parley</h1><p>The viewer is not built yet (<code>pnpm --filter @parley/viewer build</code>).
The API is at <a href="/api/graphs">/api/graphs</a>, documented at <a href="/api/docs">/api/docs</a>.</p></body></html>
`;

/** A path naming a file (its last segment has an extension, or it is under /assets/): never a page. */
const isFilePath = (path: string) =>
  path.startsWith('/assets/') || /\.[^/]*$/.test(path.slice(path.lastIndexOf('/')));

/**
 * Serves the built viewer at `/`, and its `index.html` for any other non-API page a browser asks
 * for (client-side routes). A missing file (`/assets/missing.js`, `/favicon.png`) is a 404, not the
 * page. A placeholder page stands in when the viewer is not built.
 */
export function serveViewer(dir: string | undefined): RequestHandler[] {
  const statics: RequestHandler[] = dir ? [express.static(dir, { index: 'index.html' })] : [];
  const fallback: RequestHandler = (req, res, next) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      req.path.startsWith('/api/') ||
      isFilePath(req.path) ||
      !req.accepts('html')
    ) {
      return next();
    }
    const index = dir ? join(dir, 'index.html') : undefined;
    if (index && existsSync(index)) return res.sendFile(index);
    res.type('html').send(NOT_BUILT);
  };
  return [...statics, fallback];
}
