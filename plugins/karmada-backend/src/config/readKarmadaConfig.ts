import { Config } from '@backstage/config';
import {
  DEFAULT_SERVICE_ACCOUNT_TOKEN_FILE,
  DEFAULT_TIMEOUT_MS,
  KarmadaAuthOptions,
  KarmadaInstanceOptions,
  KarmadaOptions,
} from './types';

const AUTH_TYPES = ['none', 'bearerToken', 'serviceAccountToken', 'kubeconfig'];
// Instance names appear in URLs and in permission resource refs
// (`<instance>:<namespace>`), so they are DNS labels: no ':' or '/'.
const NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * A configuration mistake, naming the key (`karmada.instances[1].auth.type: …`).
 *
 * @public
 */
export class KarmadaConfigError extends Error {
  constructor(readonly key: string, readonly reason: string) {
    super(`${key}: ${reason}`);
    this.name = 'KarmadaConfigError';
  }
}

function read<T>(key: string, get: () => T): T {
  try {
    return get();
  } catch (e) {
    // Config's own message names the key too, but not in our format.
    throw new KarmadaConfigError(
      key,
      `has the wrong type (${(e as Error).message})`,
    );
  }
}

function readStringList(c: Config, key: string, path: string): string[] {
  return read(path, () => c.getOptionalStringArray(key)) ?? [];
}

function readAuth(c: Config, path: string): KarmadaAuthOptions {
  const type = read(`${path}.type`, () => c.getOptionalString('type'));
  if (!type || !AUTH_TYPES.includes(type)) {
    throw new KarmadaConfigError(
      `${path}.type`,
      `must be one of ${AUTH_TYPES.join(', ')}${
        type ? ` (got "${type}")` : ''
      }`,
    );
  }
  switch (type) {
    case 'bearerToken': {
      const token = read(`${path}.token`, () => c.getOptionalString('token'));
      // Never echo the value: it is a credential.
      if (!token)
        throw new KarmadaConfigError(
          `${path}.token`,
          'is required for bearerToken auth',
        );
      return { type, token };
    }
    case 'serviceAccountToken':
      return {
        type,
        tokenFile:
          read(`${path}.tokenFile`, () => c.getOptionalString('tokenFile')) ??
          DEFAULT_SERVICE_ACCOUNT_TOKEN_FILE,
      };
    case 'kubeconfig':
      return {
        type,
        path: read(`${path}.path`, () => c.getOptionalString('path')),
        context: read(`${path}.context`, () => c.getOptionalString('context')),
      };
    default:
      return { type: 'none' };
  }
}

function readUrl(
  c: Config,
  path: string,
  required: boolean,
): string | undefined {
  const url = read(`${path}.url`, () => c.getOptionalString('url'));
  if (url === undefined) {
    if (required)
      throw new KarmadaConfigError(
        `${path}.url`,
        'is required (only kubeconfig auth may omit it)',
      );
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new KarmadaConfigError(`${path}.url`, 'is not a valid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new KarmadaConfigError(`${path}.url`, 'must be an http or https URL');
  }
  if (parsed.username || parsed.password) {
    // Credentials in a URL end up in logs and error messages.
    throw new KarmadaConfigError(
      `${path}.url`,
      'must not contain credentials; use auth',
    );
  }
  return url.replace(/\/+$/, '');
}

function readInstance(c: Config, index: number): KarmadaInstanceOptions {
  const path = `karmada.instances[${index}]`;
  const name = read(`${path}.name`, () => c.getOptionalString('name'));
  if (!name) throw new KarmadaConfigError(`${path}.name`, 'is required');
  if (!NAME_PATTERN.test(name) || name.length > 63) {
    throw new KarmadaConfigError(
      `${path}.name`,
      `"${name}" must be a DNS label (lowercase letters, digits and '-', at most 63 characters)`,
    );
  }
  if (!c.has('auth'))
    throw new KarmadaConfigError(`${path}.auth`, 'is required');
  const auth = readAuth(
    read(`${path}.auth`, () => c.getConfig('auth')),
    `${path}.auth`,
  );
  const timeoutMs =
    read(`${path}.timeoutMs`, () => c.getOptionalNumber('timeoutMs')) ??
    DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new KarmadaConfigError(
      `${path}.timeoutMs`,
      'must be a positive number of milliseconds',
    );
  }
  return {
    name,
    title: read(`${path}.title`, () => c.getOptionalString('title')) ?? name,
    url: readUrl(c, path, auth.type !== 'kubeconfig'),
    auth,
    caData: read(`${path}.caData`, () => c.getOptionalString('caData')),
    caFile: read(`${path}.caFile`, () => c.getOptionalString('caFile')),
    skipTLSVerify:
      read(`${path}.skipTLSVerify`, () =>
        c.getOptionalBoolean('skipTLSVerify'),
      ) ?? false,
    namespaces: {
      allow: readStringList(c, 'namespaces.allow', `${path}.namespaces.allow`),
      deny: readStringList(c, 'namespaces.deny', `${path}.namespaces.deny`),
    },
    timeoutMs,
    isDefault: index === 0,
  };
}

/**
 * Reads and validates `karmada.instances`. Throws {@link KarmadaConfigError}
 * naming the key on the first mistake, so the backend fails at start rather
 * than on the first request.
 *
 * @public
 */
export function readKarmadaConfig(config: Config): KarmadaOptions {
  const list = read('karmada.instances', () =>
    config.getOptionalConfigArray('karmada.instances'),
  );
  if (!list || list.length === 0) {
    throw new KarmadaConfigError(
      'karmada.instances',
      'at least one instance is required',
    );
  }
  const instances = list.map((c, i) => readInstance(c, i));
  const seen = new Map<string, number>();
  instances.forEach((instance, i) => {
    const first = seen.get(instance.name);
    if (first !== undefined) {
      throw new KarmadaConfigError(
        `karmada.instances[${i}].name`,
        `duplicate instance name "${instance.name}" (also karmada.instances[${first}].name)`,
      );
    }
    seen.set(instance.name, i);
  });
  return { instances };
}
