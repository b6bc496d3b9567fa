import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { HttpError, sendProblem } from './problem.js';

/** What one kind of upload accepts: its media types, its size limit, whether JSON is parsed here. */
interface BodyRule {
  accepted: string[];
  /** Largest body accepted, in bytes, after any decompression. */
  maxBytes: number;
  /** The limit as written in messages and docs. */
  limit: string;
  /** Parse application/json bodies here (else the route reads the raw bytes). */
  parseJson: boolean;
}

/** One article: 5 MB of text/plain, text/html or JSON. */
const ARTICLE: BodyRule = {
  accepted: ['text/plain', 'text/html', 'application/json'],
  maxBytes: 5 * 1024 * 1024,
  limit: '5 MB',
  parseJson: true,
};

/** Largest corpus upload (JSON lines or a JSON array), in bytes after any decompression. */
export const MAX_CORPUS_BYTES = 64 * 1024 * 1024;

/** A corpus: JSON lines or a JSON array of articles, read raw so a problem names its record. */
const CORPUS: BodyRule = {
  accepted: ['application/x-ndjson', 'application/jsonl', 'application/json'],
  maxBytes: MAX_CORPUS_BYTES,
  limit: '64 MB',
  parseJson: false,
};

/** True when the request announces a body (a length or a transfer encoding). */
function announcesBody(req: IncomingMessage): boolean {
  return req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
}

/** 415 unless the body has one of the rule's types; checked before reading any of it. */
const acceptTypes =
  (rule: BodyRule): RequestHandler =>
  (req, _res, next) => {
    if (announcesBody(req) && req.is(rule.accepted) === false) {
      return next(
        new HttpError(
          415,
          'unsupported-media-type',
          `Content-Type "${req.get('content-type') ?? '(none)'}" is not accepted; send ${rule.accepted.join(', ')}`,
        ),
      );
    }
    next();
  };

/**
 * Answers 413 at once and closes the connection, so the rest of an oversized body is never read
 * (body-parser would read it all off first, and an endless stream would never be answered).
 */
function refuseTooLarge(req: Request, res: Response, rule: BodyRule): void {
  req.unpipe();
  res.setHeader('Connection', 'close');
  sendProblem(res, {
    status: 413,
    code: 'too-large',
    detail: `request body is over the ${rule.limit} limit`,
    instance: req.originalUrl,
  });
}

/** The stream of body bytes, decompressed per Content-Encoding; a 415 for unknown encodings. */
function decodedStream(req: Request): Readable {
  const encoding = (req.get('content-encoding') ?? 'identity').trim().toLowerCase();
  const decoder =
    encoding === 'identity'
      ? undefined
      : encoding === 'gzip'
        ? zlib.createGunzip()
        : encoding === 'deflate'
          ? zlib.createInflate()
          : encoding === 'br'
            ? zlib.createBrotliDecompress()
            : null;
  if (decoder === null) {
    throw new HttpError(415, 'unsupported-encoding', `unsupported content encoding "${encoding}"`);
  }
  if (!decoder) return req;
  req.pipe(decoder);
  return decoder;
}

/** Why reading a body stopped early. */
class TooLarge extends Error {}

/** Reads a stream to its end, refusing more than `limit` bytes as soon as they are seen. */
function readAll(stream: Readable, req: Request, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (err?: Error) => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      req.off('aborted', onAborted);
      if (stream !== req) {
        req.unpipe(stream as unknown as NodeJS.WritableStream);
        stream.destroy();
      }
      if (err) reject(err);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) done(new TooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => done();
    const onError = () => done(new HttpError(400, 'bad-body', 'request body could not be decoded'));
    const onAborted = () => done(new HttpError(400, 'aborted', 'request body was not received in full'));
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.on('error', onError);
    req.once('aborted', onAborted);
  });
}

/** The JSON body, UTF-8 only; an empty body is `{}` (so the schema names what is missing). */
function parseJson(req: Request, bytes: Buffer): unknown {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.get('content-type') ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError(415, 'unsupported-encoding', `unsupported charset "${charset}"; send UTF-8 JSON`);
  }
  const text = bytes.toString('utf8');
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'bad-body', 'request body is not valid JSON', [
      { in: 'body', name: '(body)', reason: 'not valid JSON' },
    ]);
  }
}

/**
 * Reads the body into `req.body`: the raw bytes (text checked as UTF-8 later), or parsed JSON for
 * application/json when the rule says so. A declared Content-Length over the limit is refused before
 * reading; a chunked (or compressed) body is refused the moment it passes the limit.
 */
const readBody =
  (rule: BodyRule): RequestHandler =>
  (req, res, next: NextFunction) => {
    req.body = undefined;
    if (!announcesBody(req)) return next();
    const declared = Number(req.get('content-length'));
    if (Number.isFinite(declared) && declared > rule.maxBytes) return refuseTooLarge(req, res, rule);
    let stream: Readable;
    try {
      stream = decodedStream(req);
    } catch (err) {
      return next(err);
    }
    readAll(stream, req, rule.maxBytes).then(
      (bytes) => {
        try {
          req.body = rule.parseJson && req.is('application/json') ? parseJson(req, bytes) : bytes;
          next();
        } catch (err) {
          next(err);
        }
      },
      (err: Error) => (err instanceof TooLarge ? refuseTooLarge(req, res, rule) : next(err)),
    );
  };

/**
 * Body handling for an article upload: type check, then text/plain as raw bytes or JSON, capped at
 * 5 MB (after decompression). The cap is enforced from Content-Length before reading, and while
 * reading for chunked bodies, so an oversized upload is a 413 without being buffered or read whole.
 */
export function articleBody(): RequestHandler[] {
  return [acceptTypes(ARTICLE), readBody(ARTICLE)];
}

/**
 * Body handling for a corpus upload: JSON lines (`application/x-ndjson`) or a JSON array, read as
 * raw bytes (the route parses them with the CLI's corpus readers), capped at 64 MB like
 * {@link articleBody}.
 */
export function corpusBody(): RequestHandler[] {
  return [acceptTypes(CORPUS), readBody(CORPUS)];
}
