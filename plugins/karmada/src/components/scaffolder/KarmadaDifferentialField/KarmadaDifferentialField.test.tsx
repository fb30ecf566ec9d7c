import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks, renderInTestApp } from '@backstage/test-utils';
import {
  createTestKarmadaClient,
  fieldProps,
  karmadaHandlers,
  runValidator,
} from '../../../__testUtils__';
import type { DifferentialItemValue, KarmadaPlacementValue } from '../types';
import { KarmadaDifferentialField } from './KarmadaDifferentialField';
import { validateKarmadaDifferential } from './validateKarmadaDifferential';

jest.setTimeout(30_000);
const user = userEvent.setup({ delay: null });
// The validation asks the backend for a fresh preview.
const server = setupServer();
registerMswTestHooks(server);
beforeEach(() => server.use(...karmadaHandlers()));

const workload: KarmadaPlacementValue = {
  instance: 'local',
  namespace: 'team-a',
  name: 'web',
  replicas: 3,
  placement: {
    mode: 'labels',
    labels: [{ key: 'env', operator: 'Equal', value: 'prod' }],
  },
  scheduling: { type: 'DynamicWeight' },
  scheduledClusters: ['member1', 'member2'],
};
const container = { name: 'main', image: 'registry.example.com/shop/web:1.0' };

async function renderField(options: {
  workload?: KarmadaPlacementValue;
  container?: Record<string, unknown>;
  initial?: DifferentialItemValue[];
  rawErrors?: string[];
}) {
  const outputs: Array<DifferentialItemValue[] | undefined> = [];
  function Harness() {
    const [value, setValue] = useState(options.initial);
    return (
      <KarmadaDifferentialField
        {...fieldProps<DifferentialItemValue[]>({
          name: 'differential',
          formData: value,
          onChange: v => {
            outputs.push(v);
            setValue(v);
          },
          formContext: {
            formData: {
              workload: options.workload ?? workload,
              container: options.container ?? container,
              differential: value,
            },
          },
          rawErrors: options.rawErrors,
        })}
      />
    );
  }
  await renderInTestApp(<Harness />);
  return { last: () => outputs[outputs.length - 1] };
}

describe('KarmadaDifferentialField', () => {
  it('is disabled, with an explanation, when the placement chose no cluster', async () => {
    await renderField({ workload: { ...workload, scheduledClusters: [] } });
    expect(
      screen.getByText(/the placement has not chosen any cluster yet/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Add differential configuration' }),
    ).not.toBeInTheDocument();
  });

  it('offers only the clusters the placement chose', async () => {
    await renderField({});
    await user.click(
      screen.getByRole('button', { name: 'Add differential configuration' }),
    );
    await user.click(screen.getByLabelText('Target clusters'));
    const options = await screen.findAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual(['member1', 'member2']);
  });

  it("edits an image tag for one cluster and shows that cluster's diff", async () => {
    const field = await renderField({});
    await user.click(
      screen.getByRole('button', { name: 'Add differential configuration' }),
    );
    await user.click(screen.getByLabelText('Target clusters'));
    await user.click(await screen.findByRole('option', { name: 'member2' }));
    await user.click(screen.getByRole('button', { name: 'Image' }));
    await user.type(screen.getByLabelText('Tag'), '1.1');
    expect(field.last()).toEqual([
      { clusters: ['member2'], image: { tag: '1.1' } },
    ]);
    const diffs = screen.getByRole('region', {
      name: 'Differences per cluster',
    });
    expect(within(diffs).getByText('member2')).toBeInTheDocument();
    expect(diffs).toHaveTextContent(
      '~ spec.template.spec.containers[main].image: registry.example.com/shop/web:1.0 → registry.example.com/shop/web:1.1',
    );
  });

  it('flags a target the placement no longer chooses', async () => {
    await renderField({
      initial: [{ clusters: ['member3'], image: { tag: '2' } }],
    });
    expect(
      screen.getByText(/member3 is no longer chosen by the placement/),
    ).toBeInTheDocument();
  });
});

// A container that sets what the editors change, so each diff shows the
// default value next to the cluster's one.
const fullContainer = {
  ...container,
  command: ['/web'],
  args: ['--port=80'],
  env: [{ name: 'MODE', value: 'default' }],
  resources: { requests: { cpu: '100m' } },
};

describe('KarmadaDifferentialField editors', () => {
  it.each<{
    change: string;
    edit: () => Promise<void>;
    item: DifferentialItemValue;
    diff: string[];
  }>([
    {
      change: 'Command',
      edit: () =>
        user.type(
          screen.getByLabelText('Command (one per line)'),
          '/bin/web{enter}--debug',
        ),
      item: { clusters: ['member2'], command: ['/bin/web', '--debug'] },
      diff: [
        '~ spec.template.spec.containers[main].command: ["/web"] → ["/bin/web","--debug"]',
      ],
    },
    {
      change: 'Arguments',
      edit: () =>
        user.type(
          screen.getByLabelText('Arguments (one per line)'),
          '--port=8080{enter}--verbose',
        ),
      item: { clusters: ['member2'], args: ['--port=8080', '--verbose'] },
      diff: [
        '~ spec.template.spec.containers[main].args: ["--port=80"] → ["--port=8080","--verbose"]',
      ],
    },
    {
      change: 'Environment variables',
      edit: async () => {
        await user.click(screen.getByRole('button', { name: 'Add variable' }));
        await user.type(screen.getByLabelText('Name'), 'LOG');
        await user.type(screen.getByLabelText('Value'), 'debug');
      },
      item: { clusters: ['member2'], env: [{ name: 'LOG', value: 'debug' }] },
      diff: [
        '+ spec.template.spec.containers[main].env[LOG]: {"name":"LOG","value":"debug"}',
      ],
    },
    {
      change: 'Resources',
      edit: async () => {
        await user.type(screen.getByLabelText('cpu request'), '500m');
        await user.type(screen.getByLabelText('memory limit'), '1Gi');
      },
      item: {
        clusters: ['member2'],
        resources: { requests: { cpu: '500m' }, limits: { memory: '1Gi' } },
      },
      diff: [
        '~ spec.template.spec.containers[main].resources.requests.cpu: 100m → 500m',
        '+ spec.template.spec.containers[main].resources.limits: {"memory":"1Gi"}',
      ],
    },
    {
      change: 'Labels',
      edit: async () => {
        await user.click(screen.getByRole('button', { name: 'Add label' }));
        await user.type(screen.getByLabelText('Key'), 'tier');
        await user.type(screen.getByLabelText('Value'), 'gold');
      },
      item: { clusters: ['member2'], labels: { tier: 'gold' } },
      diff: ['+ metadata.labels.tier: gold'],
    },
    {
      change: 'Annotations',
      edit: async () => {
        await user.click(
          screen.getByRole('button', { name: 'Add annotation' }),
        );
        await user.type(screen.getByLabelText('Key'), 'example.com/owner');
        await user.type(screen.getByLabelText('Value'), 'team-a');
      },
      item: {
        clusters: ['member2'],
        annotations: { 'example.com/owner': 'team-a' },
      },
      diff: ['+ metadata.annotations: {"example.com/owner":"team-a"}'],
    },
  ])(
    '$change: writes the change to the item and shows it in the diff',
    async ({ change, edit, item, diff }) => {
      const field = await renderField({
        container: fullContainer,
        initial: [{ clusters: ['member2'] }],
      });
      await user.click(screen.getByRole('button', { name: change }));
      await edit();
      expect(field.last()).toEqual([item]);
      const diffs = screen.getByRole('region', {
        name: 'Differences per cluster',
      });
      // Only the targeted cluster is listed, with exactly these changes.
      expect(diffs.textContent).toBe(`member2${diff.join('\n')}`);
    },
  );
});

describe('KarmadaDifferentialField validation messages', () => {
  const items: DifferentialItemValue[] = [
    { clusters: ['member1'], image: { tag: '1.1' } },
    { clusters: ['member2'], resources: { requests: { cpu: 'lots' } } },
  ];

  it('shows a message next to the item it is about', async () => {
    // The messages exactly as the field's validation makes them.
    const rawErrors = await runValidator(validateKarmadaDifferential, items, {
      formData: { workload, container, differential: items },
    });
    expect(rawErrors).toHaveLength(1);
    await renderField({ initial: items, rawErrors });
    const second = screen.getByRole('group', { name: 'Item 2' });
    const message = within(second).getByText(rawErrors[0]);
    expect(message).toHaveClass('Mui-error');
    expect(message).toHaveTextContent(/^Differential resource requests: /);
    // Only there, not also on the field as a whole.
    expect(screen.getAllByText(rawErrors[0])).toHaveLength(1);
    expect(
      within(screen.getByRole('group', { name: 'Item 1' })).queryByText(
        rawErrors[0],
      ),
    ).not.toBeInTheDocument();
  });

  it('shows a message no item accounts for under the field', async () => {
    // The stored clusters include member3, but the fresh preview the
    // validation asks for does not: the field's own check finds no fault
    // with the item, so the message goes on the field.
    const stale = { ...workload, scheduledClusters: ['member2', 'member3'] };
    const onStale: DifferentialItemValue[] = [
      { clusters: ['member3'], image: { tag: '1.1' } },
    ];
    const rawErrors = await runValidator(validateKarmadaDifferential, onStale, {
      formData: { workload: stale, container, differential: onStale },
      karmadaApi: createTestKarmadaClient(),
    });
    expect(rawErrors).toEqual([expect.stringMatching(/member3/)]);
    await renderField({ workload: stale, initial: onStale, rawErrors });
    const shown = screen.getByText(rawErrors[0]);
    expect(shown).toHaveClass('Mui-error');
    expect(
      within(screen.getByRole('group', { name: 'Item 1' })).queryByText(
        rawErrors[0],
      ),
    ).not.toBeInTheDocument();
  });
});
