// Karmada's imageparser over distribution/reference v0.6.0 `Parse` (not
// `ParseNormalizedNamed`): no docker.io, no library/, and Karmada's own
// host split. See SEMANTICS.md §4.2.

const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent =
  '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const domainAndPort = `(?:${domainName}|${ipv6address})(?::[0-9]+)?`;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePattern = `(?:${domainAndPort}/)?${remoteName}`;
const tagPattern = '[\\w][\\w.-]{0,127}';
const digestPattern =
  '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';

const REFERENCE = new RegExp(
  `^(${namePattern})(?::(${tagPattern}))?(?:@(${digestPattern}))?$`,
);
const ANCHORED_NAME = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const ANCHORED_TAG = new RegExp(`^${tagPattern}$`);
const ANCHORED_DIGEST = new RegExp(`^${digestPattern}$`);

const REPOSITORY_NAME_MAX = 255;
const DIGEST_HEX_LENGTH: Record<string, number> = {
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

/**
 * Why an image reference cannot be parsed.
 *
 * @internal
 */
export class ImageReferenceError extends Error {}

/**
 * The parts of an image reference as Karmada's imageparser keeps them.
 *
 * @internal
 */
export interface ImageComponents {
  hostname: string;
  repository: string;
  tag: string;
  digest: string;
}

/** go-digest `Parse` + `Validate`, with sha256/sha384/sha512 registered. */
function validateDigest(digest: string): void {
  const colon = digest.indexOf(':');
  if (colon <= 0 || colon + 1 === digest.length)
    throw new ImageReferenceError('invalid checksum digest format');
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  const length = DIGEST_HEX_LENGTH[algorithm];
  if (length === undefined) {
    if (!ANCHORED_DIGEST.test(digest))
      throw new ImageReferenceError('invalid checksum digest format');
    throw new ImageReferenceError('unsupported digest algorithm');
  }
  if (encoded.length !== length)
    throw new ImageReferenceError('invalid checksum digest length');
  if (!/^[a-f0-9]+$/.test(encoded))
    throw new ImageReferenceError('invalid checksum digest format');
}

/**
 * Karmada's `SplitHostname`: the part before the first "/" is a host only
 * when it contains "." or ":" or is exactly "localhost".
 *
 * @internal
 */
export function splitHostname(name: string): {
  hostname: string;
  repository: string;
} {
  const i = name.indexOf('/');
  if (i === -1) return { hostname: '', repository: name };
  const head = name.slice(0, i);
  if (!/[.:]/.test(head) && head !== 'localhost')
    return { hostname: '', repository: name };
  return { hostname: head, repository: name.slice(i + 1) };
}

/**
 * `imageparser.Parse`: when a reference has both a tag and a digest, only
 * the tag is kept.
 *
 * @internal
 */
export function parseImage(image: string): ImageComponents {
  const match = REFERENCE.exec(image);
  if (!match) {
    if (image === '')
      throw new ImageReferenceError(
        'repository name must have at least one component',
      );
    if (REFERENCE.test(image.toLowerCase()))
      throw new ImageReferenceError('repository name must be lowercase');
    throw new ImageReferenceError('invalid reference format');
  }
  const [, name, tag = '', digest = ''] = match;
  const nameMatch = ANCHORED_NAME.exec(name);
  const path = nameMatch ? nameMatch[2] : name;
  if (path.length > REPOSITORY_NAME_MAX) {
    throw new ImageReferenceError(
      `repository name must not be more than ${REPOSITORY_NAME_MAX} characters`,
    );
  }
  if (digest) validateDigest(digest);
  return { ...splitHostname(name), tag, digest: tag ? '' : digest };
}

/**
 * `Components.SetTagOrDigest`: a valid tag replaces tag and digest, a
 * digest-shaped value replaces both the other way; anything else is ignored.
 *
 * @internal
 */
export function setTagOrDigest(
  c: ImageComponents,
  input: string,
): ImageComponents {
  if (ANCHORED_TAG.test(input)) return { ...c, tag: input, digest: '' };
  if (ANCHORED_DIGEST.test(input)) return { ...c, tag: '', digest: input };
  return c;
}

/**
 * `Components.String`: `host/repo`, then `:tag` or else `@digest`. Not validated.
 *
 * @internal
 */
export function formatImage(c: ImageComponents): string {
  const full = c.hostname ? `${c.hostname}/${c.repository}` : c.repository;
  if (c.tag) return `${full}:${c.tag}`;
  if (c.digest) return `${full}@${c.digest}`;
  return full;
}
