import { KubeConfig } from '@kubernetes/client-node';
import { KarmadaInstanceOptions } from '../config';

// kubeconfig `caData` is base64; the app-config accepts plain PEM too.
function toBase64Ca(caData: string): string {
  return caData.includes('-----BEGIN')
    ? Buffer.from(caData, 'utf8').toString('base64')
    : caData.replace(/\s+/g, '');
}

/**
 * Builds the @kubernetes/client-node `KubeConfig` of one instance. It owns
 * authentication (static tokens, rotating service-account token files,
 * kubeconfig users with client certificates, exec or OIDC plugins) and TLS
 * material; the transport asks it for both on every request.
 *
 * @public
 */
export function createKubeConfig(instance: KarmadaInstanceOptions): KubeConfig {
  const kc = new KubeConfig();
  const { auth } = instance;
  if (auth.type === 'kubeconfig') {
    if (auth.path) kc.loadFromFile(auth.path);
    else kc.loadFromDefault();
    if (auth.context) {
      if (!kc.getContextObject(auth.context)) {
        throw new Error(
          `karmada.instances[${instance.name}].auth.context: context "${auth.context}" not found in the kubeconfig`,
        );
      }
      kc.setCurrentContext(auth.context);
    }
  }
  const base = auth.type === 'kubeconfig' ? kc.getCurrentCluster() : null;
  const server = instance.url ?? base?.server;
  if (!server) {
    throw new Error(
      `karmada instance "${instance.name}": the kubeconfig has no current cluster server; set url`,
    );
  }
  const cluster = {
    name: instance.name,
    server,
    caData: instance.caData ? toBase64Ca(instance.caData) : base?.caData,
    caFile: instance.caFile ?? base?.caFile,
    tlsServerName: base?.tlsServerName,
    // client-node refuses plain http unless skipTLSVerify is set; there is no
    // TLS to verify on http (the emulator on loopback), so allow it there.
    skipTLSVerify:
      instance.skipTLSVerify ||
      server.startsWith('http:') ||
      !!base?.skipTLSVerify,
  };
  const baseUser = auth.type === 'kubeconfig' ? kc.getCurrentUser() : null;
  let user: Record<string, unknown>;
  switch (auth.type) {
    case 'bearerToken':
      user = { name: instance.name, token: auth.token };
      break;
    case 'serviceAccountToken':
      // client-node's FileAuth re-reads the file every minute (token rotation).
      user = {
        name: instance.name,
        authProvider: {
          name: 'tokenFile',
          config: { tokenFile: auth.tokenFile },
        },
      };
      break;
    case 'kubeconfig':
      user = { ...(baseUser ?? {}), name: instance.name };
      break;
    default:
      // A user is needed: client-node skips TLS options when there is none.
      user = { name: instance.name };
  }
  const out = new KubeConfig();
  out.loadFromOptions({
    clusters: [cluster],
    users: [user],
    contexts: [
      { name: instance.name, cluster: instance.name, user: instance.name },
    ],
    currentContext: instance.name,
  });
  return out;
}
