import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './problem.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Requires `Authorization: Bearer <token>` when a token is configured; a no-op otherwise.
 * Runs before the body is read, so an unauthorised client cannot make the server read 5 MB.
 */
export function requireToken(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, res, next) => {
    const given = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
    // Hashing first makes the comparison constant-time whatever the lengths.
    if (given && timingSafeEqual(digest(given), expected)) return next();
    res.set('WWW-Authenticate', 'Bearer realm="parley"');
    next(new HttpError(401, 'unauthorized', 'this write needs "Authorization: Bearer <PARLEY_TOKEN>"'));
  };
}
