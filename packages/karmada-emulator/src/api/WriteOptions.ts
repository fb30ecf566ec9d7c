import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';

/**
 * How a write is to be done (the query parameters of the request).
 *
 * @public
 */
export interface WriteOptions {
  /** `dryRun=All`: run every stage, store nothing, notify nobody. */
  dryRun?: boolean;
  /** The `fieldManager` parameter. */
  fieldManager?: string;
  /** The client's User-Agent: the default field manager of non-apply writes. */
  userAgent?: string;
  /** `fieldValidation` (default Warn, as on the real server). */
  fieldValidation?: 'Strict' | 'Warn' | 'Ignore';
  /** Set by the emulator's own controllers: may write kinds clients may not. */
  internal?: boolean;
}

/**
 * The outcome of a write.
 *
 * @public
 */
export interface WriteResult {
  object: KubernetesObject;
  /** Warnings for the `Warning` response header. */
  warnings: string[];
  /** True when the write created the object (201). */
  created: boolean;
}

/**
 * The manager a non-apply write is recorded under: the `fieldManager`
 * parameter, else the User-Agent up to its first slash (the server's rule).
 *
 * @public
 */
export function updateManager(options: WriteOptions): string {
  if (options.fieldManager) return options.fieldManager;
  const agent = options.userAgent ?? '';
  return agent.split('/')[0].slice(0, 128) || 'unknown';
}
