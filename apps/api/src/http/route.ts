import type { OpenAPIRegistry, ResponseConfig, RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { JsonText } from './json-text.js';
import { badParameters, type ParameterProblem } from './problem.js';

/** The problem document every error response carries. */
export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: 'about:blank' }),
    title: z.string().meta({ example: 'Bad Request' }),
    status: z.number().int().meta({ example: 400 }),
    detail: z.string().meta({ example: 'query parameter "depth": Too big: expected number to be <=3' }),
    instance: z.string().optional(),
    code: z.string().meta({ description: 'machine-readable reason', example: 'bad-parameter' }),
    errors: z
      .array(
        z.object({ in: z.enum(['path', 'query', 'body', 'header']), name: z.string(), reason: z.string() }),
      )
      .optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

const PROBLEM_TEXT: Record<number, string> = {
  400: 'a parameter is invalid; `errors` names it and says why',
  401: 'missing or wrong bearer token',
  404: 'unknown graph, node or route',
  409: 'the article is already in the graph',
  413: 'request body over 5 MB',
  415: 'unsupported content type',
  422: 'the article could not be read, or its extraction ran past the deadline',
  500: 'unexpected server error, or a graph file that does not load',
  503: 'the graphs folder cannot be written now (read-only, full); nothing was saved',
};

type AnyObject = z.ZodObject;
const EMPTY = z.strictObject({});

export interface RouteSpec<P extends AnyObject, Q extends AnyObject, R extends z.ZodType> {
  method: 'get' | 'post';
  /** OpenAPI path, `{name}` for parameters. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  params?: P;
  query?: Q;
  /** Request body, for the document only: the handler reads `req.body` itself. */
  body?: NonNullable<RouteConfig['request']>['body'];
  /** The JSON answer the handler returns. */
  response?: { schema: R; description: string; status?: number };
  /** Answers the handler writes itself (downloads, HTML). */
  rawResponses?: Record<number, ResponseConfig>;
  /** Error statuses to document (400 and 500 are always listed). */
  problems?: number[];
  /** Needs the bearer token when the server has one. */
  secured?: boolean;
  handler: (input: {
    params: z.output<P>;
    query: z.output<Q>;
    req: Request;
    res: Response;
  }) => Promise<z.input<R> | JsonText | undefined> | z.input<R> | JsonText | undefined;
}

/** Turns zod issues into the named parameters of a 400 problem. */
export function parameterProblems(where: ParameterProblem['in'], error: z.ZodError): ParameterProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((name) => ({ in: where, name, reason: 'unknown parameter' }));
    }
    return [{ in: where, name: issue.path.map(String).join('.') || '(root)', reason: issue.message }];
  });
}

function parse<S extends z.ZodType>(schema: S, where: ParameterProblem['in'], data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw badParameters(parameterProblems(where, result.error));
  return result.data;
}

/** `/api/graphs/{graph}` → `/api/graphs/:graph`. */
const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * Declares one endpoint once: it is added to the Express router with zod validation of its path and
 * query parameters, and to the OpenAPI registry with the same schemas, so the document cannot
 * drift from what the server accepts.
 */
export class ApiRoutes {
  readonly paths: { method: string; path: string }[] = [];

  constructor(
    private readonly router: Router,
    private readonly registry: OpenAPIRegistry,
  ) {}

  add<
    P extends AnyObject = typeof EMPTY,
    Q extends AnyObject = typeof EMPTY,
    R extends z.ZodType = z.ZodUnknown,
  >(spec: RouteSpec<P, Q, R>): void {
    this.paths.push({ method: spec.method, path: spec.path });
    this.register(spec);
    const params = spec.params ?? EMPTY;
    const query = spec.query ?? EMPTY;
    this.router[spec.method](expressPath(spec.path), async (req, res) => {
      const input = {
        params: parse(params, 'path', req.params) as z.output<P>,
        query: parse(query, 'query', req.query) as z.output<Q>,
        req,
        res,
      };
      const body = await spec.handler(input);
      if (body === undefined) return;
      res.status(spec.response?.status ?? 200);
      if (body instanceof JsonText) res.type('application/json').set('ETag', body.etag).send(body.bytes);
      else res.json(body);
    });
  }

  private register<P extends AnyObject, Q extends AnyObject, R extends z.ZodType>(
    spec: RouteSpec<P, Q, R>,
  ): void {
    const responses: Record<string, ResponseConfig> = { ...spec.rawResponses };
    if (spec.response) {
      responses[String(spec.response.status ?? 200)] = {
        description: spec.response.description,
        content: { 'application/json': { schema: spec.response.schema } },
      };
    }
    const problems = new Set([400, ...(spec.problems ?? []), ...(spec.secured ? [401] : []), 500]);
    for (const status of [...problems].sort()) {
      responses[String(status)] = {
        description: PROBLEM_TEXT[status] ?? 'error',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      };
    }
    this.registry.registerPath({
      method: spec.method,
      path: spec.path,
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tags: spec.tags,
      ...(spec.secured ? { security: [{ bearer: [] }] } : {}),
      request: {
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { query: spec.query } : {}),
        ...(spec.body ? { body: spec.body } : {}),
      },
      responses,
    });
  }
}
