import { type OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';

/**
 * The OpenAPI 3.1 document of every registered route, generated from the same zod schemas that
 * validate requests.
 */
export function openApiDocument(
  registry: OpenAPIRegistry,
): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'the server’s PARLEY_TOKEN; required for writes only when the server has one',
  });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Parley API',
      version: '1.0.0',
      description:
        'Who said what, to whom, reported by whom; who proposed what and who supports or rejects it. ' +
        'Errors are RFC 9457 application/problem+json.',
    },
    servers: [{ url: '/' }],
  });
}
