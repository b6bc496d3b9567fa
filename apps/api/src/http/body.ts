import express, { type RequestHandler } from 'express';
import { HttpError } from './problem.js';

/** Largest request body accepted (an article's limit). */
export const MAX_BODY = '5mb';

const ACCEPTED = ['text/plain', 'application/json'];

/** 415 unless the body is text/plain or JSON; checked before reading any of it. */
const acceptArticleTypes: RequestHandler = (req, _res, next) => {
  const hasBody = req.get('content-length') !== undefined || req.get('transfer-encoding') !== undefined;
  if (hasBody && req.is(ACCEPTED) === false) {
    return next(
      new HttpError(
        415,
        'unsupported-media-type',
        `Content-Type "${req.get('content-type') ?? '(none)'}" is not accepted; send text/plain or application/json`,
      ),
    );
  }
  next();
};

/**
 * Body handling for an article upload: type check, then text/plain as raw bytes (checked as UTF-8
 * later) or JSON, both capped at 5 MB. The cap is enforced from Content-Length before reading, and
 * while reading for chunked bodies, so an oversized upload is a 413 without being buffered whole.
 */
export function articleBody(): RequestHandler[] {
  return [
    acceptArticleTypes,
    express.raw({ type: 'text/plain', limit: MAX_BODY }),
    express.json({ type: 'application/json', limit: MAX_BODY, strict: true }),
  ];
}
