import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { ArticleExtractor } from '@parley/core';
import type { Express } from 'express';
import type { GraphExporter } from '../export/exporter.js';
import type { ApiRoutes } from '../http/route.js';
import type { GraphStore } from '../store/graph-store.js';
import { actorRoutes } from './actors.js';
import { articleRoutes } from './articles.js';
import { eventRoutes } from './events.js';
import { exportRoutes } from './export.js';
import { graphRoutes } from './graphs.js';
import { ingestRoutes } from './ingest.js';
import { metaRoutes } from './meta.js';
import { navigationRoutes } from './navigation.js';
import { proposalRoutes } from './proposals.js';
import { statementRoutes } from './statements.js';
import { timeRoutes } from './time.js';

/** What a route module may use to declare its routes. */
export interface RouteDeps {
  app: Express;
  api: ApiRoutes;
  registry: OpenAPIRegistry;
  store: GraphStore;
  exporter: GraphExporter;
  extractor: ArticleExtractor;
}

/**
 * Every route module, in one list and in the order they are mounted (the OpenAPI document lists
 * their paths in this order). A new module is one file in routes/ and one line here.
 */
export const ROUTE_MODULES: readonly ((deps: RouteDeps) => void)[] = [
  ({ app, api, registry }) => metaRoutes(app, api, registry),
  ({ api, store }) => graphRoutes(api, store),
  ({ api, store }) => statementRoutes(api, store),
  ({ api, store }) => actorRoutes(api, store),
  ({ api, store }) => proposalRoutes(api, store),
  ({ api, store }) => navigationRoutes(api, store),
  ({ api, store, exporter }) => exportRoutes(api, store, exporter),
  ({ api, store, extractor }) => ingestRoutes(api, store, extractor),
  ({ api, store }) => articleRoutes(api, store),
  ({ api, store }) => timeRoutes(api, store),
  ({ api, store }) => eventRoutes(api, store),
];

/**
 * Declares every route of the API, module by module.
 * @example mountRoutes({ app, api, registry, store, exporter: new GraphExporter(), extractor })
 */
export function mountRoutes(deps: RouteDeps): void {
  for (const mount of ROUTE_MODULES) mount(deps);
}
