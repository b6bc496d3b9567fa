import { createHash } from 'node:crypto';

/**
 * A JSON response body serialised once (e.g. for a cache), kept as bytes with its ETag, so sending
 * it again costs neither serialising, encoding nor hashing.
 */
export class JsonText {
  readonly bytes: Buffer;
  readonly etag: string;

  /**
   * @param text the JSON text, or its UTF-8 bytes
   * @param etag the ETag when the caller knows one without hashing the body (a large body whose
   *   content is named by hashes it has already)
   */
  constructor(text: string | Buffer, etag?: string) {
    this.bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    this.etag =
      etag ??
      `W/"${this.bytes.length.toString(16)}-${createHash('sha1').update(this.bytes).digest('base64').slice(0, 27)}"`;
  }
}
