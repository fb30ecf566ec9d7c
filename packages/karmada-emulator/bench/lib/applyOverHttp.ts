import http from 'node:http';
import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';

// Where each kind the benches write is served: API prefix and plural resource.
const RESOURCES: Record<string, [string, string]> = {
  Namespace: ['/api/v1', 'namespaces'],
  ConfigMap: ['/api/v1', 'configmaps'],
  Deployment: ['/apis/apps/v1', 'deployments'],
  PropagationPolicy: [
    '/apis/policy.karmada.io/v1alpha1',
    'propagationpolicies',
  ],
  OverridePolicy: ['/apis/policy.karmada.io/v1alpha1', 'overridepolicies'],
};

function pathOf(object: KubernetesObject): string {
  const served = RESOURCES[object.kind ?? ''];
  if (!served) throw new Error(`applyOverHttp: no path for ${object.kind}`);
  const [prefix, resource] = served;
  const { namespace, name } = object.metadata ?? {};
  const scope = namespace ? `/namespaces/${namespace}` : '';
  return `${prefix}${scope}/${resource}/${name}?fieldManager=bench&force=true`;
}

/**
 * Server-side applies objects through the emulator's HTTP API, as a client
 * would, `concurrency` requests in flight; rejects on the first failure.
 */
export async function applyOverHttp(
  url: string,
  objects: KubernetesObject[],
  concurrency: number,
): Promise<void> {
  const { hostname, port } = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const send = (object: KubernetesObject) =>
    new Promise<void>((resolve, reject) => {
      const body = JSON.stringify(object);
      const req = http.request(
        {
          host: hostname,
          port,
          method: 'PATCH',
          path: pathOf(object),
          agent,
          headers: {
            'content-type': 'application/apply-patch+yaml',
            'content-length': Buffer.byteLength(body),
          },
        },
        res => {
          const chunks: Buffer[] = [];
          res.on('data', c => chunks.push(c));
          res.on('end', () => {
            if ((res.statusCode ?? 0) < 300) resolve();
            else
              reject(
                new Error(
                  `${pathOf(object)}: ${res.statusCode} ${Buffer.concat(
                    chunks,
                  ).toString('utf8')}`,
                ),
              );
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  let next = 0;
  const worker = async () => {
    while (next < objects.length) await send(objects[next++]);
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
}
