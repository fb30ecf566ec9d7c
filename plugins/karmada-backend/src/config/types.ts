/**
 * How the backend authenticates to one Karmada API server.
 *
 * @public
 */
export type KarmadaAuthOptions =
  | { type: 'none' }
  | { type: 'bearerToken'; token: string }
  | { type: 'serviceAccountToken'; tokenFile: string }
  | { type: 'kubeconfig'; path?: string; context?: string };

/**
 * One configured Karmada instance, validated (config `karmada.instances[]`).
 *
 * @public
 */
export interface KarmadaInstanceOptions {
  name: string;
  title: string;
  /** Undefined only with kubeconfig auth (the kubeconfig's server is used). */
  url?: string;
  auth: KarmadaAuthOptions;
  caData?: string;
  caFile?: string;
  skipTLSVerify: boolean;
  namespaces: { allow: string[]; deny: string[] };
  /** Timeout of each request, in milliseconds. */
  timeoutMs: number;
  /** True for the first instance. */
  isDefault: boolean;
}

/**
 * The plugin's configuration (`karmada`).
 *
 * @public
 */
export interface KarmadaOptions {
  instances: KarmadaInstanceOptions[];
}

/** Default token file of a pod's service account. */
export const DEFAULT_SERVICE_ACCOUNT_TOKEN_FILE =
  '/var/run/secrets/kubernetes.io/serviceaccount/token';

/** Default timeout of each request to the API server. */
export const DEFAULT_TIMEOUT_MS = 10_000;
