import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { karmadaApiRef } from '../../api';
import { EntityKarmadaContent as LegacyEntityKarmadaContent } from '../../plugin';
import { mockKarmadaApi } from '../shared/__fixtures__/mockKarmadaApi';
import {
  checkoutEntity,
  duplicatedPlacement,
  dynamicPlacement,
  summaryOf,
  unlinkedEntity,
} from '../shared/__fixtures__/workloads';
import { EntityKarmadaContent } from './EntityKarmadaContent';

function render(
  api: ReturnType<typeof mockKarmadaApi>,
  entity: Entity = checkoutEntity,
  element = <EntityKarmadaContent />,
) {
  return renderInTestApp(
    <TestApiProvider apis={[[karmadaApiRef, api]]}>
      <EntityProvider entity={entity}>{element}</EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

// Full app renders with MUI tables are slow on busy CI machines.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

describe('EntityKarmadaContent', () => {
  it('explains how to add the annotation when it is missing', async () => {
    const api = mockKarmadaApi();
    const { container } = await render(api, unlinkedEntity);
    expect(
      screen.getByText('Link legacy-batch to its Karmada workloads'),
    ).toBeInTheDocument();
    expect(container.textContent).toContain(
      'backstage.io/kubernetes-id: legacy-batch',
    );
    expect(container.textContent).toContain('# karmada.io/instance:');
    expect(api.listEntityWorkloads).not.toHaveBeenCalled();
  });

  it('shows progress while the workloads load', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: () => new Promise(() => {}),
    });
    await render(api);
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(api.listEntityWorkloads).toHaveBeenCalledWith(
      { kubernetesId: 'checkout-api', instance: 'local', namespace: undefined },
      expect.anything(),
    );
  });

  it('shows the error when the workloads cannot be listed', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: () =>
        Promise.reject(new Error('karmada backend unavailable')),
    });
    await render(api);
    expect(
      await screen.findByText(
        /Could not list the Karmada workloads of checkout-api/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/karmada backend unavailable/).length,
    ).toBeGreaterThan(0);
  });

  it('says which instance failed and why, beside the results of the others', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: async () => ({
        items: [summaryOf(duplicatedPlacement)],
        errors: [
          {
            instance: 'prod',
            error: {
              name: 'ServiceUnavailableError',
              message: 'connect ECONNREFUSED 10.0.0.1:443',
            },
          },
        ],
      }),
      getWorkloadPlacement: async () => duplicatedPlacement,
    });
    await render(api);
    expect(
      await screen.findByText(/Karmada instance "prod" could not be read/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/connect ECONNREFUSED 10.0.0.1:443/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Duplicated to member1, member2 and member3'),
    ).toBeInTheDocument();
  });

  it('says which label it searched and links to the template when nothing is found', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: async () => ({ items: [], errors: [] }),
    });
    const { container } = await render(api);
    expect(
      await screen.findByText('No Karmada workloads found'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /No Karmada workload carries the label backstage.io\/kubernetes-id: checkout-api \(searched on instance "local", in every allowed namespace\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen
        .getByRole('button', { name: 'Create a multicloud workload' })
        .closest('a'),
    ).toHaveAttribute('href', '/create/templates/default/multicloud-workload');
    expect(container.textContent).toContain(
      'backstage.io/kubernetes-id: checkout-api',
    );
  });

  it('shows a Duplicated workload: policy in words, conditions, picture and table', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: async () => ({
        items: [summaryOf(duplicatedPlacement)],
        errors: [],
      }),
      getWorkloadPlacement: async () => duplicatedPlacement,
    });
    await render(api);
    expect(
      await screen.findByText('Duplicated to member1, member2 and member3'),
    ).toBeInTheDocument();
    expect(screen.getByText('Scheduled')).toBeInTheDocument();
    expect(screen.getByText('Fully applied')).toBeInTheDocument();
    // The picture: grouped by provider and region, every tile spelled out.
    const picture = screen.getByRole('group', {
      name: /Where web-frontend runs/,
    });
    expect(
      within(picture).getByRole('region', { name: 'Provider aws' }),
    ).toBeInTheDocument();
    expect(
      within(picture).getByLabelText(
        'member3 (gcp, us-central1, us-central1-a): 2 replicas, 2 ready, healthy',
      ),
    ).toBeInTheDocument();
    // The table.
    expect(screen.getByRole('tab', { name: 'Clusters (3)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      screen.getAllByLabelText('2 of 2 replicas ready, 2 available'),
    ).toHaveLength(3);
    const table = screen.getByRole('table');
    expect(within(table).getByText('us-central1-a')).toBeInTheDocument();
    expect(within(table).getAllByText('Yes')).toHaveLength(3);
    // No disagreement, no override, dependency present.
    await userEvent.click(
      screen.getByRole('tab', { name: /Expected · scheduled · running/ }),
    );
    expect(
      screen.getByText(
        'Expected, scheduled and running agree on every cluster.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: /Configuration/ }));
    expect(
      screen.getByText('Every cluster gets the template unchanged.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Same as the template')).toHaveLength(3);
    await userEvent.click(
      screen.getByRole('tab', { name: 'Dependencies (1)' }),
    );
    expect(
      screen.getByText('Propagates with the workload'),
    ).toBeInTheDocument();
  });

  it('shows a dynamic-weight workload with overrides, differences and a missing dependency', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: async () => ({
        items: [summaryOf(dynamicPlacement)],
        errors: [],
      }),
      getWorkloadPlacement: async () => dynamicPlacement,
    });
    await render(api);
    expect(
      await screen.findByText(
        'Divided by available replicas across clusters with env=prod, excluding member9; tolerates dedicated=gpu',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Not fully applied \(FullyAppliedFailed: Failed to apply all manifests \(1\/2\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/overrides by OverridePolicy team-a\/checkout-api/),
    ).toBeInTheDocument();
    // member4 joined after scheduling: expected, not scheduled, outlined in the picture.
    expect(
      screen.getByLabelText(
        'member4 (aws, us-west-2): 2 replicas, expected, not scheduled',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText(
        'member2 (gcp, europe-west1, europe-west1-b): 3 replicas, 1 ready, progressing',
      ),
    ).toBeInTheDocument();

    // What needs attention is summed up above the tabs.
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByText('Secret checkout-db is missing in team-a'),
    ).toBeInTheDocument();
    expect(
      within(alert).getByText('Secret checkout-tls is not propagated yet'),
    ).toBeInTheDocument();
    expect(
      within(alert).getByText(
        'member4: preview expects 2, Karmada scheduled none (joined the fleet after scheduling)',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      within(alert).getByRole('button', { name: 'Details' }),
    );
    expect(
      screen.getByRole('tab', {
        name: 'Expected · scheduled · running (3 differ)',
      }),
    ).toHaveAttribute('aria-selected', 'true');
    expect(
      screen.getByText(
        'Expected, scheduled and running disagree on 3 clusters (highlighted).',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText('1, fewer ready than scheduled'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table')).getByText(
        /Karmada scheduled none \(joined the fleet after scheduling\)/,
      ),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('tab', { name: 'Configuration (2 differ)' }),
    );
    const member1 = screen.getByRole('region', {
      name: 'Configuration on member1',
    });
    expect(
      within(member1).getByText(
        'spec.template.spec.containers[checkout-api].image',
      ),
    ).toBeInTheDocument();
    expect(
      within(member1).getByText('mirror.eu.example.com/checkout:2.1'),
    ).toBeInTheDocument();
    expect(
      within(member1).getByText(
        /by OverridePolicy team-a\/checkout-api · overrideRules\[0\] · imageOverrider\[0\]/,
      ),
    ).toBeInTheDocument();
    const member2 = screen.getByRole('region', {
      name: 'Configuration on member2',
    });
    expect(
      within(member2).getByText(/overrideRules\[1\] · plaintext\[0\]/),
    ).toBeInTheDocument();
    const member4 = screen.getByRole('region', {
      name: 'Configuration on member4',
    });
    expect(
      within(member4).getByText('Same as the template'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('tab', {
        name: 'Dependencies (3, 1 missing, 1 not propagated)',
      }),
    );
    expect(
      screen.getByText(
        'Missing: create Secret checkout-db in namespace team-a on Karmada, or pods will not start',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Not propagated yet: check that it exists in namespace team-a/,
      ),
    ).toBeInTheDocument();
  });

  // Karmada reports Unhealthy until every replica is available.
  it.each([
    ['while the rollout is young', 'Progressing', 60_000],
    ['once its progress deadline passed', 'Unhealthy', -60_000],
  ])(
    "reads member2's Unhealthy %s as %s",
    async (_when, label, untilDeadlineMs) => {
      const deadline = Date.now() + untilDeadlineMs;
      const placement = {
        ...dynamicPlacement,
        rollout: {
          startedAt: new Date(deadline - 600_000).toISOString(),
          progressDeadlineSeconds: 600,
          deadline: new Date(deadline).toISOString(),
        },
        clusters: dynamicPlacement.clusters.map(c =>
          c.cluster === 'member2' && c.status
            ? { ...c, status: { ...c.status, health: 'Unhealthy' } }
            : c,
        ),
      };
      const api = mockKarmadaApi({
        listEntityWorkloads: async () => ({
          items: [summaryOf(placement)],
          errors: [],
        }),
        getWorkloadPlacement: async () => placement,
      });
      await render(api);
      const row = await screen.findByRole('row', { name: /^member2\b/ });
      expect(row).toHaveTextContent(label);
      expect(screen.getByRole('row', { name: /^member1\b/ })).toHaveTextContent(
        'Healthy',
      );
    },
  );

  it('toggles between the changed fields and the full manifests', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: async () => ({
        items: [summaryOf(dynamicPlacement)],
        errors: [],
      }),
      getWorkloadPlacement: async () => dynamicPlacement,
    });
    await render(api);
    await userEvent.click(
      await screen.findByRole('tab', { name: /Configuration/ }),
    );
    const member1 = screen.getByRole('region', {
      name: 'Configuration on member1',
    });
    expect(
      within(member1).queryByText(/line differs from the template/),
    ).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show full manifests' }),
    );
    expect(
      within(member1).getByText(
        'Highlighted: 1 line differs from the template.',
      ),
    ).toBeInTheDocument();
    expect(member1.textContent).toContain('mirror.eu.example.com/checkout:2.1');
    expect(member1.textContent).toContain('apiVersion: apps/v1');
    const member4 = screen.getByRole('region', {
      name: 'Configuration on member4',
    });
    expect(
      within(member4).getByText('Identical to the template.'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show full manifests' }),
    );
    expect(
      within(member1).getByText('mirror.eu.example.com/checkout:2.1'),
    ).toBeInTheDocument();
    expect(member1.textContent).not.toContain('apiVersion: apps/v1');
  });

  it('refreshes on demand without remounting: the open tab stays open', async () => {
    const healed = {
      ...dynamicPlacement,
      health: 'Healthy' as const,
      clusters: dynamicPlacement.clusters.map(c => ({ ...c, changes: [] })),
    };
    const api = mockKarmadaApi({
      listEntityWorkloads: async () => ({
        items: [summaryOf(dynamicPlacement)],
        errors: [],
      }),
    });
    api.getWorkloadPlacement
      .mockResolvedValueOnce(dynamicPlacement)
      .mockResolvedValue(healed);
    await render(api);
    await userEvent.click(
      await screen.findByRole('tab', { name: 'Configuration (2 differ)' }),
    );
    expect(
      screen.getByRole('status', {
        name: 'Health of checkout-api: Progressing',
      }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() =>
      expect(screen.getAllByText('Same as the template')).toHaveLength(3),
    );
    expect(screen.getByRole('tab', { name: 'Configuration' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      screen.getByRole('status', { name: 'Health of checkout-api: Healthy' }),
    ).toBeInTheDocument();
    expect(api.getWorkloadPlacement).toHaveBeenCalledTimes(2);
    expect(api.listEntityWorkloads).toHaveBeenCalledTimes(2);
  });

  it('keeps the placement on screen when a refresh fails', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: async () => ({
        items: [summaryOf(duplicatedPlacement)],
        errors: [],
      }),
    });
    api.getWorkloadPlacement
      .mockResolvedValueOnce(duplicatedPlacement)
      .mockRejectedValue(new Error('instance local is syncing'));
    await render(api);
    expect(
      await screen.findByText('Duplicated to member1, member2 and member3'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(
      await screen.findByText(
        /The last refresh failed; showing the previous answer/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Duplicated to member1, member2 and member3'),
    ).toBeInTheDocument();
  });

  it('renders through the legacy component extension', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: async () => ({
        items: [summaryOf(duplicatedPlacement)],
        errors: [],
      }),
      getWorkloadPlacement: async () => duplicatedPlacement,
    });
    await render(api, checkoutEntity, <LegacyEntityKarmadaContent />);
    expect(
      await screen.findByText('Duplicated to member1, member2 and member3'),
    ).toBeInTheDocument();
  });
});
