import { createHash } from 'node:crypto';

/**
 * A JSON response body serialised once (e.g. for a cache), kept as bytes with its ETag, so sending
 * it again costs neither serialising, encoding nor hashing.
 */
export class JsonText {
  readonly bytes: Buffer;
  readonly etag: string;

  constructor(text: string) {
    this.bytes = Buffer.from(text, 'utf8');
    this.etag = `W/"${this.bytes.length.toString(16)}-${createHash('sha1').update(this.bytes).digest('base64').slice(0, 27)}"`;
  }
}
