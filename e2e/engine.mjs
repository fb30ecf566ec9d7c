// The placement engine run directly (not through the portal) over the
// emulator's fleet, so the flows can check what the UI shows against it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('@backstage/cli/config/nodeTransform.cjs');
const common = require('../plugins/karmada-common/src/index.ts');

export async function fleet(emulatorUrl) {
  const res = await fetch(
    `${emulatorUrl}/apis/cluster.karmada.io/v1alpha1/clusters`,
  );
  if (!res.ok) throw new Error(`emulator clusters: HTTP ${res.status}`);
  return (await res.json()).items;
}

export async function expectedPlacement(
  emulatorUrl,
  placement,
  replicas,
  replicaRequirements,
) {
  const snapshot = common.createFleetSnapshot(await fleet(emulatorUrl));
  const result = common.previewPlacement(snapshot, {
    placement,
    replicas,
    replicaRequirements,
  });
  if (!result.schedulable)
    throw new Error(`engine: not schedulable: ${result.error.message}`);
  return result.clusters.filter(c => (c.replicas ?? 0) > 0);
}
