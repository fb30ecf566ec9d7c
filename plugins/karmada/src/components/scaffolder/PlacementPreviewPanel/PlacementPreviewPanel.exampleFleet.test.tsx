import fs from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import yaml from 'yaml';
import {
  createFleetSnapshot,
  previewPlacement,
  toPlacementPreviewDto,
  type Cluster,
} from '@karmada-backstage/plugin-karmada-common';
import { PlacementPreviewPanel } from './PlacementPreviewPanel';
import { readPreview } from './previewFacts';

// What e2e/02-create-workload.flow.mjs reads in the browser, checked here
// on the same fleet and placement without one: a row per selected cluster
// (name, then replicas), the total, and the excluded cluster's name whose
// parent says why.
const fleet: Cluster[] = yaml.parse(
  fs.readFileSync(
    path.resolve(__dirname, '../../../../../../examples/fleets/default.yaml'),
    'utf8',
  ),
).items;

const PLACEMENT = {
  clusterAffinity: {
    labelSelector: {
      matchExpressions: [{ key: 'tier', operator: 'In', values: ['gold'] }],
    },
    exclude: ['gcp-europe-west4-prod'],
  },
  clusterTolerations: [
    { key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' },
  ],
  replicaScheduling: {
    replicaSchedulingType: 'Divided',
    replicaDivisionPreference: 'Weighted',
    weightPreference: { dynamicWeight: 'AvailableReplicas' },
  },
};

describe('PlacementPreviewPanel on the example fleet (the e2e flow)', () => {
  it('shows each selected cluster, the total, and why a cluster is excluded', async () => {
    const engine = previewPlacement(createFleetSnapshot(fleet), {
      placement: PLACEMENT,
      replicas: 6,
    });
    const dto = JSON.parse(JSON.stringify(toPlacementPreviewDto(engine)));
    await renderInTestApp(<PlacementPreviewPanel preview={readPreview(dto)} />);

    const placed = engine.clusters.filter(c => (c.replicas ?? 0) > 0);
    const table = screen.getByRole('table', { name: 'Scheduled clusters' });
    for (const c of placed) {
      expect(
        within(table).getByRole('row', {
          name: new RegExp(`^${c.name}\\b.*\\b${c.replicas}\\b`),
        }),
      ).toBeInTheDocument();
    }
    expect(
      screen.getByText(`Total: 6 replicas in ${placed.length} clusters`),
    ).toBeInTheDocument();
    const excluded = screen.getAllByText('gcp-europe-west4-prod', {
      exact: true,
    });
    expect(excluded[excluded.length - 1].parentElement).toHaveTextContent(
      'excluded by name',
    );
  });
});
