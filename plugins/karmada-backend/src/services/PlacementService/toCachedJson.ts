import { createHash } from 'node:crypto';
import type { CachedJson } from '../../routes/sendCachedJson';

/**
 * Serializes a response once: the bytes and a strong ETag of them.
 *
 * @public
 */
export function toCachedJson(value: unknown): CachedJson {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { body, etag };
}
