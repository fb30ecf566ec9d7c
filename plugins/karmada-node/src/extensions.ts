import { createExtensionPoint } from '@backstage/backend-plugin-api';

/**
 * A Karmada instance added by a module, in the same shape as one entry of
 * the `karmada.instances` config (validated the same way, with the same
 * messages).
 *
 * @public
 */
export interface KarmadaInstanceDefinition {
  name: string;
  title?: string;
  url?: string;
  auth:
    | { type: 'none' }
    | { type: 'bearerToken'; token: string }
    | { type: 'serviceAccountToken'; tokenFile?: string }
    | { type: 'kubeconfig'; path?: string; context?: string };
  caData?: string;
  caFile?: string;
  skipTLSVerify?: boolean;
  namespaces?: { allow?: string[]; deny?: string[] };
  timeoutMs?: number;
}

/**
 * Lets a module add Karmada instances beside the configured ones (for
 * example discovered from a registry). Names must stay unique.
 *
 * @public
 */
export interface KarmadaInstanceSupplierExtensionPoint {
  addInstances(instances: KarmadaInstanceDefinition[]): void;
}

/**
 * Extension point for {@link KarmadaInstanceSupplierExtensionPoint}.
 *
 * @public
 */
export const karmadaInstanceSupplierExtensionPoint =
  createExtensionPoint<KarmadaInstanceSupplierExtensionPoint>({
    id: 'karmada.instance-supplier',
  });
