import { useState } from 'react';
import { screen, within } from '@testing-library/react';
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
} from '../../../__testUtils__';
import type { KarmadaPlacementValue } from '../types';
import { KarmadaPlacementField } from './KarmadaPlacementField';

// The advanced placement options and static weights: each must reach the
// field's output (karmada-common's PlacementSpec/SchedulingSpec) and the
// Karmada Placement it turns into.

jest.setTimeout(30_000);
const user = userEvent.setup({ delay: null });
const server = setupServer();
registerMswTestHooks(server);
beforeEach(() => server.use(...karmadaHandlers()));

/** The Karmada placement the field's output turns into (parsed as the spec is). */
function karmadaPlacementOf(value: KarmadaPlacementValue | undefined) {
  return toKarmadaPlacement(
    placementSpecSchema.parse(value?.placement),
    schedulingSpecSchema.parse(value?.scheduling),
  );
}

async function renderField(initial: KarmadaPlacementValue) {
  const outputs: Array<KarmadaPlacementValue | undefined> = [];
  function Harness() {
    const [value, setValue] = useState<KarmadaPlacementValue | undefined>(
      initial,
    );
    return (
      <KarmadaPlacementField
        {...fieldProps<KarmadaPlacementValue>({
          name: 'workload',
          formData: value,
          onChange: v => {
            outputs.push(v);
            setValue(v);
          },
          formContext: { formData: { workload: value } },
        })}
      />
    );
  }
  await renderInTestApp(
    <TestApiProvider apis={[[karmadaApiRef, createTestKarmadaClient()]]}>
      <Harness />
    </TestApiProvider>,
  );
  // The fleet (clusters, labels) is loaded: the pickers offer it.
  await screen.findByRole('region', { name: 'Expected placement' });
  return { last: () => outputs[outputs.length - 1] };
}

async function pick(input: HTMLElement, option: string | RegExp) {
  await user.click(input);
  await user.click(await screen.findByRole('option', { name: option }));
}

async function retype(input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

const onMember1: KarmadaPlacementValue = {
  instance: 'local',
  namespace: 'team-a',
  name: 'web',
  replicas: 4,
  placement: { mode: 'clusters', clusterNames: ['member1'] },
  scheduling: { type: 'Duplicated' },
};

describe('KarmadaPlacementField advanced options', () => {
  it('fallback groups become named clusterAffinities after the primary selection', async () => {
    const field = await renderField(onMember1);
    await user.click(screen.getByText('Advanced placement'));
    await user.click(
      screen.getByRole('button', { name: 'Add fallback group' }),
    );
    await retype(screen.getByLabelText('Group name'), 'backup');
    await pick(screen.getAllByLabelText('Clusters')[1], /^member2/);
    await user.click(
      screen.getByRole('button', { name: 'Add fallback group' }),
    );
    // The second group starts with the next free name; choose it by area.
    expect(screen.getAllByLabelText('Group name')[1]).toHaveValue('fallback-2');
    await user.click(
      screen.getAllByRole('tab', { name: 'Designated area' })[2],
    );
    await pick(screen.getByLabelText('Providers'), 'gcp');

    expect(field.last()?.placement?.fallbacks).toEqual([
      { name: 'backup', mode: 'clusters', clusterNames: ['member2'] },
      { name: 'fallback-2', mode: 'area', area: { providers: ['gcp'] } },
    ]);
    expect(karmadaPlacementOf(field.last())).toEqual({
      clusterAffinities: [
        { affinityName: 'primary', clusterNames: ['member1'] },
        { affinityName: 'backup', clusterNames: ['member2'] },
        {
          affinityName: 'fallback-2',
          fieldSelector: {
            matchExpressions: [
              { key: 'provider', operator: 'In', values: ['gcp'] },
            ],
          },
        },
      ],
      replicaScheduling: { replicaSchedulingType: 'Duplicated' },
    });

    await user.click(
      screen.getByRole('button', { name: 'Remove fallback group backup' }),
    );
    expect(field.last()?.placement?.fallbacks).toEqual([
      { name: 'fallback-2', mode: 'area', area: { providers: ['gcp'] } },
    ]);
  });

  it('"Limit the number of clusters" becomes a cluster spread constraint', async () => {
    const field = await renderField({
      ...onMember1,
      placement: { mode: 'area', area: { providers: ['aws', 'gcp'] } },
      scheduling: { type: 'DynamicWeight' },
    });
    await user.click(screen.getByText('Advanced placement'));
    await user.click(screen.getByLabelText('Limit the number of clusters'));
    // Starts at the whole fleet (4 clusters).
    expect(field.last()?.placement?.spreadByCluster).toEqual({
      minGroups: 1,
      maxGroups: 4,
    });
    await retype(screen.getByLabelText('Minimum clusters'), '2');
    await retype(screen.getByLabelText('Maximum clusters'), '3');
    expect(field.last()?.placement?.spreadByCluster).toEqual({
      minGroups: 2,
      maxGroups: 3,
    });
    expect(karmadaPlacementOf(field.last())).toMatchObject({
      spreadConstraints: [
        { spreadByField: 'cluster', minGroups: 2, maxGroups: 3 },
      ],
    });

    await user.click(screen.getByLabelText('Limit the number of clusters'));
    expect(field.last()?.placement).not.toHaveProperty('spreadByCluster');
  });
});

describe('KarmadaPlacementField static weights', () => {
  const scheduling = () =>
    within(screen.getByRole('group', { name: 'Replica scheduling' }));

  it('weights clusters by name', async () => {
    const field = await renderField({
      ...onMember1,
      placement: { mode: 'clusters', clusterNames: ['member1', 'member2'] },
    });
    await user.click(screen.getByRole('radio', { name: 'Static weights' }));
    // One rule to start with, weight 1.
    expect(field.last()?.scheduling).toEqual({
      type: 'StaticWeight',
      weights: [{ clusterNames: [], weight: 1 }],
    });
    await pick(scheduling().getByLabelText('Clusters'), /^member1/);
    await retype(scheduling().getByLabelText('Weight'), '3');
    await user.click(scheduling().getByRole('button', { name: 'Add weight' }));
    await pick(scheduling().getAllByLabelText('Clusters')[1], /^member2/);

    expect(field.last()?.scheduling).toEqual({
      type: 'StaticWeight',
      weights: [
        { clusterNames: ['member1'], weight: 3 },
        { clusterNames: ['member2'], weight: 1 },
      ],
    });
    expect(karmadaPlacementOf(field.last()).replicaScheduling).toEqual({
      replicaSchedulingType: 'Divided',
      replicaDivisionPreference: 'Weighted',
      weightPreference: {
        staticWeightList: [
          { targetCluster: { clusterNames: ['member1'] }, weight: 3 },
          { targetCluster: { clusterNames: ['member2'] }, weight: 1 },
        ],
      },
    });
  });

  it('weights clusters by label selector', async () => {
    const field = await renderField({
      ...onMember1,
      placement: { mode: 'area', area: { providers: ['aws', 'gcp'] } },
    });
    await user.click(screen.getByRole('radio', { name: 'Static weights' }));
    await pick(scheduling().getByLabelText('Weight by'), 'Cluster labels');
    expect(field.last()?.scheduling?.weights).toEqual([
      { labelSelector: {}, weight: 1 },
    ]);
    await user.click(
      scheduling().getByRole('button', { name: 'Add label condition' }),
    );
    await pick(scheduling().getByLabelText('Label key'), 'env');
    await pick(scheduling().getByLabelText('Operator'), 'equal');
    await pick(scheduling().getByLabelText('Value'), 'prod');
    await user.click(
      scheduling().getByRole('button', { name: 'Add label condition' }),
    );
    await pick(scheduling().getAllByLabelText('Label key')[1], 'provider');
    await pick(scheduling().getAllByLabelText('Operator')[1], 'in');
    await pick(scheduling().getByLabelText('Values'), 'aws');
    await retype(scheduling().getByLabelText('Weight'), '2');

    expect(field.last()?.scheduling).toEqual({
      type: 'StaticWeight',
      weights: [
        {
          labelSelector: {
            matchLabels: { env: 'prod' },
            matchExpressions: [
              { key: 'provider', operator: 'In', values: ['aws'] },
            ],
          },
          weight: 2,
        },
      ],
    });
    expect(karmadaPlacementOf(field.last()).replicaScheduling).toEqual({
      replicaSchedulingType: 'Divided',
      replicaDivisionPreference: 'Weighted',
      weightPreference: {
        staticWeightList: [
          {
            targetCluster: {
              labelSelector: {
                matchLabels: { env: 'prod' },
                matchExpressions: [
                  { key: 'provider', operator: 'In', values: ['aws'] },
                ],
              },
            },
            weight: 2,
          },
        ],
      },
    });
    // The rows keep their order while edited (equal rows are written to
    // matchLabels, the others to matchExpressions).
    expect(scheduling().getAllByLabelText('Label key')[0]).toHaveValue('env');
  });
});
