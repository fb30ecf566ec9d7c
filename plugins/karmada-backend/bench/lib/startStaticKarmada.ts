import http from 'node:http';
import { AddressInfo } from 'node:net';
import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';

/**
 * A read-only Kubernetes API stand-in serving fixed objects: lists (with
 * resourceVersion) and watches that stay open. For benches whose scale the
 * emulator's control loop cannot seed in reasonable time; it counts the
 * requests it receives, watches aside.
 */
export async function startStaticKarmada(objects: KubernetesObject[]) {
  const byPath = new Map<string, KubernetesObject[]>();
  const plural: Record<string, string> = {
    Cluster: '/apis/cluster.karmada.io/v1alpha1/clusters',
    ResourceBinding: '/apis/work.karmada.io/v1alpha2/resourcebindings',
    PropagationPolicy: '/apis/policy.karmada.io/v1alpha1/propagationpolicies',
    OverridePolicy: '/apis/policy.karmada.io/v1alpha1/overridepolicies',
    ClusterOverridePolicy:
      '/apis/policy.karmada.io/v1alpha1/clusteroverridepolicies',
    Namespace: '/api/v1/namespaces',
    Deployment: '/apis/apps/v1/deployments',
  };
  for (const p of Object.values(plural)) byPath.set(p, []);
  objects.forEach((o, i) => {
    const list = byPath.get(plural[o.kind ?? '']);
    if (!list) throw new Error(`static karmada does not serve ${o.kind}`);
    list.push({
      ...o,
      metadata: { ...o.metadata, resourceVersion: String(i + 1) },
    });
  });
  const rv = String(objects.length + 1);
  let requests = 0;
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const items = byPath.get(url.pathname);
    if (!items) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          kind: 'Status',
          code: 404,
          reason: 'NotFound',
          message: `${url.pathname} not found`,
        }),
      );
      return;
    }
    if (url.searchParams.get('watch')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      // Like the API server: headers go out when the watch starts.
      res.flushHeaders();
      open.add(res);
      res.on('close', () => open.delete(res));
      return;
    }
    requests++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        kind: 'List',
        apiVersion: 'v1',
        metadata: { resourceVersion: rv },
        items,
      }),
    );
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return requests;
    },
    reset() {
      requests = 0;
    },
    async close() {
      open.forEach(r => r.end());
      server.closeAllConnections();
      await new Promise<void>(r => server.close(() => r()));
    },
  };
}
