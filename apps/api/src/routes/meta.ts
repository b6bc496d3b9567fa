import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import express, { type Express } from 'express';
import { z } from 'zod';
import type { ApiRoutes } from '../http/route.js';
import { openApiDocument } from '../openapi/document.js';

const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Parley API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;

// Separate file rather than inline script, so the CSP can stay at script-src 'self'.
const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });\n`;

/** `GET /api/health`, `/api/openapi.json` and `/api/docs` (Swagger UI served from local files). */
export function metaRoutes(app: Express, api: ApiRoutes, registry: OpenAPIRegistry): void {
  api.add({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness check',
    tags: ['meta'],
    response: { schema: z.object({ status: z.literal('ok') }), description: 'the server is up' },
    handler: () => ({ status: 'ok' as const }),
  });

  let document: unknown;
  api.add({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This API as an OpenAPI 3.1 document',
    tags: ['meta'],
    response: { schema: z.record(z.string(), z.unknown()), description: 'the OpenAPI document' },
    // Generated on first request, once every route has been registered.
    handler: () => {
      document ??= openApiDocument(registry);
      return document as Record<string, unknown>;
    },
  });

  api.add({
    method: 'get',
    path: '/api/docs',
    summary: 'Interactive API documentation (Swagger UI)',
    tags: ['meta'],
    rawResponses: {
      200: { description: 'HTML page', content: { 'text/html': { schema: { type: 'string' } } } },
    },
    handler: ({ res }) => {
      res.type('html').send(DOCS_HTML);
      return undefined;
    },
  });
  app.get('/api/docs/init.js', (_req, res) => {
    res.type('text/javascript').send(DOCS_INIT);
  });
  app.use('/api/docs/assets', express.static(swaggerDir, { index: false, fallthrough: true }));
}
