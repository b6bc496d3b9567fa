import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

/** A parameter that failed validation: where it was, its name and why it was refused. */
export interface ParameterProblem {
  in: 'path' | 'query' | 'body' | 'header';
  name: string;
  reason: string;
}

/** RFC 9457 problem details, plus Parley's `code` and, for 400s, the offending parameters. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  errors?: ParameterProblem[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  499: 'Client Closed Request',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * An error the client can act on; the error handler turns it into `application/problem+json`.
 * @example throw new HttpError(404, 'unknown-graph', 'no graph named "x"');
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** Machine-readable reason, e.g. `unknown-node`; stable across releases. */
    readonly code: string,
    detail: string,
    readonly errors?: ParameterProblem[],
  ) {
    super(detail);
  }
}

/** A 400 naming the bad parameter(s) and why. */
export function badParameters(errors: ParameterProblem[]): HttpError {
  const detail = errors.map((e) => `${e.in} parameter "${e.name}": ${e.reason}`).join('; ');
  return new HttpError(400, 'bad-parameter', detail, errors);
}

/** Sends a problem document. `type` is `about:blank`: the status and `code` say what went wrong. */
export function sendProblem(res: Response, problem: Omit<ProblemDetails, 'type' | 'title'>): void {
  const body: ProblemDetails = {
    type: 'about:blank',
    title: TITLES[problem.status] ?? 'Error',
    ...problem,
  };
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
}

/** 404 for any `/api` path no route answers. */
export const apiNotFound: RequestHandler = (req, res) => {
  sendProblem(res, {
    status: 404,
    code: 'unknown-route',
    detail: `no endpoint ${req.method} ${req.path}; see /api/docs`,
    instance: req.originalUrl,
  });
};

/** body-parser's error types mapped to what the client did wrong. */
function fromBodyParser(err: { type?: string; status?: number; message?: string }): HttpError | undefined {
  switch (err.type) {
    case 'entity.too.large':
      return new HttpError(413, 'too-large', 'request body is over the 5 MB limit');
    case 'entity.parse.failed':
      return new HttpError(400, 'bad-body', 'request body is not valid JSON', [
        { in: 'body', name: '(body)', reason: 'not valid JSON' },
      ]);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError(415, 'unsupported-encoding', err.message ?? 'unsupported body encoding');
    case 'request.aborted':
      return new HttpError(400, 'aborted', 'request body was not received in full');
    default:
      return fromStatus(err);
  }
}

/** Codes for client errors raised by Express, the router or body-parser without a known `type`. */
const STATUS_CODES: Record<number, string> = {
  400: 'bad-request',
  404: 'not-found',
  413: 'too-large',
  415: 'unsupported-media-type',
};

/**
 * Any other error carrying a 4xx `status` (http-errors: a URIError from broken %-escapes in a path,
 * a corrupt gzip/deflate/br body) is the client's fault: a problem of that status, never a 500.
 */
function fromStatus(err: {
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  message?: string;
}): HttpError | undefined {
  const status = Number(err.status ?? err.statusCode);
  if (!Number.isInteger(status) || status < 400 || status > 499) return undefined;
  const detail = err.expose === true && err.message ? err.message : (TITLES[status] ?? 'client error');
  return new HttpError(status, STATUS_CODES[status] ?? 'client-error', detail);
}

/** File-system errors that mean the graphs folder cannot be written now, with what to tell the client. */
const STORAGE_ERRORS: Record<string, string> = {
  EROFS: 'the graphs folder is on a read-only file system',
  ENOSPC: 'the disk holding the graphs folder is full',
  EDQUOT: 'the disk quota of the graphs folder is used up',
  EACCES: 'the server may not write to the graphs folder',
  EPERM: 'the server may not write to the graphs folder',
};

/** A 503 saying the store cannot be written (nothing was saved), for those errors; else undefined. */
function fromStorage(err: { code?: unknown; syscall?: unknown }): HttpError | undefined {
  const why =
    typeof err.code === 'string' && typeof err.syscall === 'string' ? STORAGE_ERRORS[err.code] : undefined;
  if (!why || !Object.hasOwn(STORAGE_ERRORS, err.code as string)) return undefined;
  return new HttpError(
    503,
    'storage-unavailable',
    `nothing was saved: ${why} (${err.code as string}); reads still work`,
  );
}

/**
 * Final error handler: known errors become problem documents; anything else is logged and
 * answered with a 500 that names the request id, never a stack trace.
 */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const known = err instanceof HttpError ? err : (fromStorage(err ?? {}) ?? fromBodyParser(err ?? {}));
    if (known) {
      sendProblem(res, {
        status: known.status,
        code: known.code,
        detail: known.message,
        instance: req.originalUrl,
        ...(known.errors ? { errors: known.errors } : {}),
      });
      return;
    }
    (req.log ?? logger).error({ err }, 'unhandled error');
    sendProblem(res, {
      status: 500,
      code: 'internal',
      detail: `unexpected server error (request id ${String(req.id ?? 'unknown')})`,
      instance: req.originalUrl,
    });
  };
}
