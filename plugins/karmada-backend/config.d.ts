export interface Config {
  /** Karmada for Backstage: the Karmada control planes the portal talks to. */
  karmada?: {
    /**
     * Karmada instances (control planes). The first one is the default.
     */
    instances: Array<{
      /** Id used in URLs and in the `karmada.io/instance` entity annotation; unique. */
      name: string;
      /** Human-readable name shown in the UI; defaults to the name. */
      title?: string;
      /**
       * URL of the Karmada API server (karmada-apiserver, not a member cluster).
       * Optional only with `auth.type: kubeconfig`, where the kubeconfig's cluster server is used.
       */
      url?: string;
      /** How the backend authenticates to the Karmada API server. */
      auth:
        | {
            /** No credentials (local emulator). */
            type: 'none';
          }
        | {
            /** A static bearer token, e.g. `${KARMADA_TOKEN}`. */
            type: 'bearerToken';
            /**
             * The bearer token.
             * @visibility secret
             */
            token: string;
          }
        | {
            /** The token of the pod's service account, re-read when it rotates. */
            type: 'serviceAccountToken';
            /** Token file; defaults to /var/run/secrets/kubernetes.io/serviceaccount/token. */
            tokenFile?: string;
          }
        | {
            /** A kubeconfig file (its user, and its cluster unless `url` is set). */
            type: 'kubeconfig';
            /** Path of the kubeconfig; the default kubeconfig ($KUBECONFIG or ~/.kube/config) when omitted. */
            path?: string;
            /** Context to use; the kubeconfig's current context when omitted. */
            context?: string;
          };
      /**
       * PEM CA bundle (base64 or plain PEM) to verify the API server's certificate.
       * @visibility secret
       */
      caData?: string;
      /** Path of a PEM CA bundle to verify the API server's certificate. */
      caFile?: string;
      /** Skip TLS verification (development only). */
      skipTLSVerify?: boolean;
      /** Namespace guardrail: where the portal creates workloads, and which namespaces its pickers offer. */
      namespaces?: {
        /** Globs (`*` wildcard) a namespace must match; any namespace when omitted. */
        allow?: string[];
        /** Globs a namespace must not match; deny wins over allow. */
        deny?: string[];
      };
      /** Timeout of each request to the API server, in milliseconds (default 10000). */
      timeoutMs?: number;
    }>;
  };
}
