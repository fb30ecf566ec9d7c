// The container image grammar of github.com/distribution/reference, without
// normalisation (no implied docker.io or library/), split into host and
// repository the way Karmada's image overrider does (pkg/util/imageparser).
// Validating against it here means an image the form accepts is one
// Karmada's override manager can parse, so a per-cluster image override can
// never fail on the member cluster's side.

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const IPV6_HOST = '\\[(?:[a-fA-F0-9:]+)\\]';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|${IPV6_HOST})`;
const DOMAIN = `${HOST}(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST =
  '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(
  `^((?:${DOMAIN}/)?${REMOTE_NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`,
);
const TAG_ONLY = new RegExp(`^${TAG}$`);
const REGISTRY_ONLY = new RegExp(`^${DOMAIN}$`);
const REPOSITORY_ONLY = new RegExp(`^${REMOTE_NAME}$`);
const DIGEST_LENGTHS: Record<string, number> = {
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

/**
 * A container image reference split the way Karmada's image overrider sees it.
 *
 * @public
 */
export interface ImageReference {
  /** Host (and port) before the first `/`, or `''` when the image names none. */
  registry: string;
  /** The path after the registry, e.g. `library/nginx`. */
  repository: string;
  tag?: string;
  digest?: string;
}

function splitHost(name: string): { registry: string; repository: string } {
  const slash = name.indexOf('/');
  if (slash < 0) return { registry: '', repository: name };
  const first = name.slice(0, slash);
  // Karmada's SplitHostname: a host has a dot, a port, or is localhost.
  if (first.includes('.') || first.includes(':') || first === 'localhost') {
    return { registry: first, repository: name.slice(slash + 1) };
  }
  return { registry: '', repository: name };
}

/**
 * Parses an image reference; returns the reason when Karmada (or the
 * container runtime) would reject it.
 *
 * @public
 */
export function parseImageReference(
  image: string,
): ImageReference | { error: string } {
  if (image.length === 0) return { error: 'must not be empty' };
  if (/\s/.test(image))
    return { error: `"${image}" must not contain whitespace` };
  const match = REFERENCE.exec(image);
  if (!match) {
    if (REFERENCE.test(image.toLowerCase())) {
      return {
        error: `"${image}" has an uppercase repository (only the registry host may use uppercase)`,
      };
    }
    return {
      error: `"${image}" is not a valid image reference ([registry/]repository[:tag][@digest])`,
    };
  }
  const [, name, tag, digest] = match;
  if (name.length > 255)
    return { error: `"${image}" has a name longer than 255 characters` };
  const { registry, repository } = splitHost(name);
  if (repository !== repository.toLowerCase()) {
    return {
      error: `"${image}" has an uppercase repository (only the registry host may use uppercase)`,
    };
  }
  if (digest) {
    const [algorithm, hex] = digest.split(':');
    const expected = DIGEST_LENGTHS[algorithm];
    if (!expected || hex.length !== expected || hex !== hex.toLowerCase()) {
      return {
        error: `"${image}" has an invalid digest (sha256, sha384 or sha512 with 64, 96 or 128 lowercase hex digits)`,
      };
    }
  }
  return {
    registry,
    repository,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
  };
}

/**
 * Prints an image reference the way Karmada's override manager does:
 * `registry/repository`, then `:tag`, else `@digest`.
 *
 * @public
 */
export function formatImageReference(ref: ImageReference): string {
  const name = ref.registry
    ? `${ref.registry}/${ref.repository}`
    : ref.repository;
  if (ref.tag) return `${name}:${ref.tag}`;
  if (ref.digest) return `${name}@${ref.digest}`;
  return name;
}

/**
 * Why a value cannot be an image tag, or undefined.
 *
 * @public
 */
export function imageTagError(tag: string): string | undefined {
  return TAG_ONLY.test(tag)
    ? undefined
    : `"${tag}" is not a valid tag (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-')`;
}

/**
 * Why a value cannot be an image registry host (`host[:port]`), or undefined.
 *
 * @public
 */
export function imageRegistryError(registry: string): string | undefined {
  return REGISTRY_ONLY.test(registry)
    ? undefined
    : `"${registry}" is not a valid registry host (host[:port])`;
}

/**
 * Why a value cannot be an image repository path, or undefined.
 *
 * @public
 */
export function imageRepositoryError(repository: string): string | undefined {
  if (REPOSITORY_ONLY.test(repository)) return undefined;
  if (REPOSITORY_ONLY.test(repository.toLowerCase())) {
    return `"${repository}" has uppercase letters (a repository must be lowercase)`;
  }
  return `"${repository}" is not a valid repository path (lowercase components separated by '/')`;
}
