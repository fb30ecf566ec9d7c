import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import {
  TestApiProvider,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/test-utils';
import {
  placementSpecSchema,
  schedulingSpecSchema,
  toKarmadaPlacement,
} from '@karmada-backstage/plugin-karmada-common';
import { karmadaApiRef } from '../../../api';
import {
  createTestKarmadaClient,
  fieldProps,
  karmadaHandlers,
  type KarmadaRequestLog,
} from '../../../__testUtils__';
import type { KarmadaPlacementValue } from '../types';
import { KarmadaPlacementField } from './KarmadaPlacementField';

jest.setTimeout(30_000);
const user = userEvent.setup({ delay: null });
const server = setupServer();
registerMswTestHooks(server);
let log: KarmadaRequestLog;
beforeEach(() => {
  log = { previews: [], renders: [], applies: [] };
  server.use(...karmadaHandlers(log));
});

/** The Karmada placement the field's output turns into. */
function karmadaPlacementOf(value: KarmadaPlacementValue | undefined) {
  return toKarmadaPlacement(
    placementSpecSchema.parse(value?.placement),
    schedulingSpecSchema.parse(value?.scheduling),
  );
}

async function renderField(
  initial?: KarmadaPlacementValue,
  container?: Record<string, unknown>,
  rawErrors?: string[],
) {
  const outputs: Array<KarmadaPlacementValue | undefined> = [];
  function Harness() {
    const [value, setValue] = useState(initial);
    return (
      <KarmadaPlacementField
        {...fieldProps<KarmadaPlacementValue>({
          name: 'workload',
          formData: value,
          onChange: v => {
            outputs.push(v);
            setValue(v);
          },
          formContext: { formData: { workload: value, container } },
          rawErrors,
        })}
      />
    );
  }
  await renderInTestApp(
    <TestApiProvider apis={[[karmadaApiRef, createTestKarmadaClient()]]}>
      <Harness />
    </TestApiProvider>,
  );
  return { last: () => outputs[outputs.length - 1], all: () => outputs };
}

async function pick(label: string | RegExp, option: string | RegExp) {
  await user.click(screen.getByLabelText(label));
  await user.click(await screen.findByRole('option', { name: option }));
}

const basics = {
  instance: 'local',
  namespace: 'team-a',
  name: 'web',
  replicas: 3,
};

describe('KarmadaPlacementField', () => {
  it('chooses the default instance and offers its allowed namespaces', async () => {
    const field = await renderField();
    await waitFor(() => expect(field.last()?.instance).toBe('local'));
    await pick('Namespace', 'team-a');
    expect(field.last()).toMatchObject({
      instance: 'local',
      namespace: 'team-a',
    });
  });

  it('explains an empty namespace list with the guardrail', async () => {
    await renderField({ instance: 'prod' });
    expect(
      await screen.findByText(
        /No namespace of prod is open to the portal \(none-\*\)/,
      ),
    ).toBeInTheDocument();
  });

  it('Specify clusters produces a clusterNames affinity', async () => {
    const field = await renderField({ ...basics });
    await pick('Clusters', /^member1/);
    await pick('Clusters', /^member2/);
    expect(karmadaPlacementOf(field.last())).toEqual({
      clusterAffinity: { clusterNames: ['member1', 'member2'] },
      replicaScheduling: { replicaSchedulingType: 'Duplicated' },
    });
  });

  it('Designated area produces a field selector', async () => {
    const field = await renderField({ ...basics });
    await user.click(screen.getByRole('tab', { name: 'Designated area' }));
    await pick('Providers', 'aws');
    await pick('Regions', 'us-east-1');
    await pick('Regions', 'us-west-2');
    expect(karmadaPlacementOf(field.last())).toEqual({
      clusterAffinity: {
        fieldSelector: {
          matchExpressions: [
            { key: 'provider', operator: 'In', values: ['aws'] },
            {
              key: 'region',
              operator: 'In',
              values: ['us-east-1', 'us-west-2'],
            },
          ],
        },
      },
      replicaScheduling: { replicaSchedulingType: 'Duplicated' },
    });
  });

  it('Specify labels produces a label selector (exists and equal) with Dynamic weight', async () => {
    const field = await renderField({ ...basics });
    await user.click(screen.getByRole('tab', { name: 'Specify labels' }));
    await user.click(
      screen.getByRole('button', { name: 'Add label condition' }),
    );
    await pick('Label key', 'env');
    await user.click(
      screen.getByRole('button', { name: 'Add label condition' }),
    );
    const keys = screen.getAllByLabelText('Label key');
    await user.click(keys[1]);
    await user.click(await screen.findByRole('option', { name: 'provider' }));
    const operators = screen.getAllByLabelText('Operator');
    await user.click(operators[1]);
    await user.click(await screen.findByRole('option', { name: 'equal' }));
    await pick('Value', 'aws');
    await user.click(screen.getByRole('radio', { name: 'Dynamic weight' }));
    expect(karmadaPlacementOf(field.last())).toEqual({
      clusterAffinity: {
        labelSelector: {
          matchExpressions: [
            { key: 'env', operator: 'Exists' },
            { key: 'provider', operator: 'In', values: ['aws'] },
          ],
        },
      },
      replicaScheduling: {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Weighted',
        weightPreference: { dynamicWeight: 'AvailableReplicas' },
      },
    });
  });

  it('adds excluded clusters, tolerations from the fleet taints and region spread', async () => {
    const field = await renderField({
      ...basics,
      placement: { mode: 'area', area: { providers: ['aws', 'gcp'] } },
      scheduling: { type: 'Aggregated' },
    });
    await user.click(screen.getByText('Advanced placement'));
    await pick('Exclude clusters', /^member2/);
    await user.click(
      await screen.findByRole('checkbox', {
        name: /dedicated=gpu:NoSchedule \(1 cluster\)/,
      }),
    );
    await user.click(screen.getByLabelText(/Spread across regions/));
    const max = screen.getByLabelText('Maximum regions');
    await user.clear(max);
    await user.type(max, '2');
    expect(karmadaPlacementOf(field.last())).toEqual({
      clusterAffinity: {
        fieldSelector: {
          matchExpressions: [
            { key: 'provider', operator: 'In', values: ['aws', 'gcp'] },
          ],
        },
        exclude: ['member2'],
      },
      clusterTolerations: [
        {
          key: 'dedicated',
          operator: 'Equal',
          value: 'gpu',
          effect: 'NoSchedule',
        },
      ],
      spreadConstraints: [
        { spreadByField: 'cluster', minGroups: 1, maxGroups: 2147483647 },
        { spreadByField: 'region', minGroups: 1, maxGroups: 2 },
      ],
      replicaScheduling: {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Aggregated',
      },
    });
  });

  it('previews the placement: replicas, ties, reasons, warnings, and stores the chosen clusters', async () => {
    const field = await renderField({
      ...basics,
      placement: {
        mode: 'labels',
        labels: [{ key: 'env', operator: 'Equal', value: 'prod' }],
      },
      scheduling: { type: 'DynamicWeight' },
    });
    const panel = await screen.findByRole('region', {
      name: 'Expected placement',
    });
    const table = await within(panel).findByRole('table', {
      name: 'Scheduled clusters',
    });
    expect(within(table).getAllByText('1 or 2')).toHaveLength(2);
    expect(within(panel).getByText(/member1, member2 tie/)).toBeInTheDocument();
    expect(
      within(panel).getByText(
        /Tainted dedicated=gpu:NoSchedule, which the workload does not tolerate/,
      ),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText('member4 is not ready.'),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText(/Total: 3 replicas in 2 clusters/),
    ).toBeInTheDocument();
    // No container requests yet: headroom counts pods only, and says so.
    expect(
      within(panel).getByText(/^Headroom counts pods only until/),
    ).toHaveTextContent(
      "Headroom counts pods only until the container's CPU and memory requests are set (Container step); the Review step shows the final placement.",
    );
    await waitFor(() =>
      expect(field.last()?.scheduledClusters).toEqual(['member1', 'member2']),
    );
    expect(log.previews[log.previews.length - 1]).toMatchObject({
      instance: 'local',
      replicas: 3,
      placement: {
        clusterAffinity: {
          labelSelector: {
            matchExpressions: [
              { key: 'env', operator: 'In', values: ['prod'] },
            ],
          },
        },
      },
    });
  });

  it('previews with the container requests once they are set, without the pods-only note', async () => {
    await renderField(
      {
        ...basics,
        placement: { mode: 'clusters', clusterNames: ['member1', 'member2'] },
      },
      {
        name: 'web',
        image: 'nginx:1.27',
        resources: { requests: { cpu: '250m', memory: '256Mi' } },
      },
    );
    const panel = await screen.findByRole('region', {
      name: 'Expected placement',
    });
    await within(panel).findByRole('table', { name: 'Scheduled clusters' });
    expect(log.previews[log.previews.length - 1]).toMatchObject({
      replicaRequirements: {
        resourceRequest: { cpu: '250m', memory: '256Mi' },
      },
    });
    expect(
      within(panel).queryByText(/Headroom counts pods only/),
    ).not.toBeInTheDocument();
  });

  it('marks the input to fix as the user types: the workload name, then replicas', async () => {
    await renderField({ ...basics, name: undefined });
    const name = screen.getByRole('textbox', { name: 'Workload name' });
    // Untouched and empty is not an error yet.
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await user.type(name, 'Bad_Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(
      `"Bad_Name" must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`,
    );
    await user.clear(name);
    await user.type(name, 'web');
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(
      "Lowercase letters, digits and '-'; also names the policies.",
    );

    const replicas = screen.getByRole('spinbutton', { name: 'Replicas' });
    await user.clear(replicas);
    await user.type(replicas, '-1');
    expect(replicas).toHaveAttribute('aria-invalid', 'true');
    expect(replicas).toHaveAccessibleDescription('must be 0 or more');
  });

  it('marks every input with a problem once the form reported errors (Next)', async () => {
    await renderField({ instance: 'local', replicas: 1.5 }, undefined, [
      'Workload name: is required',
    ]);
    expect(
      screen.getByRole('textbox', { name: 'Workload name' }),
    ).toHaveAccessibleDescription('is required');
    expect(
      screen.getByRole('spinbutton', { name: 'Replicas' }),
    ).toHaveAccessibleDescription('must be a whole number');
    const namespace = screen.getByRole('textbox', { name: 'Namespace' });
    expect(namespace).toHaveAttribute('aria-invalid', 'true');
    expect(namespace).toHaveAccessibleDescription('is required');
  });
});
