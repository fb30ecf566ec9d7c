import { act } from 'react';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import {
  TestApiProvider,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { karmadaApiRef } from '../../api';
import { EntityKarmadaContent as LegacyEntityKarmadaContent } from '../../plugin';
import {
  backendError,
  createTestKarmadaClient,
  karmadaHandlers,
  karmadaWorkloadHandlers,
  newKarmadaReadLog,
  type KarmadaReadLog,
} from '../../__testUtils__';
import {
  checkoutEntity,
  duplicatedPlacement,
  dynamicPlacement,
  summaryOf,
  unlinkedEntity,
} from '../shared/__fixtures__/workloads';
import { EntityKarmadaContent } from './EntityKarmadaContent';

// Every state goes through the real KarmadaClient (discovery + fetch) to the
// backend routes answered by msw in the backend's wire format.
const server = setupServer();
registerMswTestHooks(server);
let log: KarmadaReadLog;
beforeEach(() => {
  log = newKarmadaReadLog();
  server.use(...karmadaHandlers());
});

/** Answers `GET /workloads` and the placements, recording the requests. */
function serve(
  options: Omit<Parameters<typeof karmadaWorkloadHandlers>[0], 'log'>,
) {
  server.use(...karmadaWorkloadHandlers({ log, ...options }));
}

function render(
  entity: Entity = checkoutEntity,
  element = <EntityKarmadaContent />,
) {
  return renderInTestApp(
    <TestApiProvider apis={[[karmadaApiRef, createTestKarmadaClient()]]}>
      <EntityProvider entity={entity}>{element}</EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

/** The query of each `GET /workloads`, as plain objects. */
const workloadQueries = () => log.workloads.map(q => Object.fromEntries(q));

// Full app renders with MUI tables are slow on busy CI machines.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

describe('EntityKarmadaContent', () => {
  it('explains how to add the annotation when it is missing, without calling the backend', async () => {
    serve({ workloads: { items: [], errors: [] }, placements: [] });
    const { container } = await render(unlinkedEntity);
    expect(
      screen.getByText('Link legacy-batch to its Karmada workloads'),
    ).toBeInTheDocument();
    expect(container.textContent).toContain(
      'backstage.io/kubernetes-id: legacy-batch',
    );
    expect(container.textContent).toContain('# karmada.io/instance:');
    // Give a request, had one been sent, the time to reach msw.
    await act(() => new Promise(resolve => setTimeout(resolve, 50)));
    expect(log.workloads).toHaveLength(0);
  });

  it('shows progress while the workloads load, having asked for the entity on its instance', async () => {
    serve({ workloads: 'pending' });
    await render();
    expect(
      await screen.findByRole('progressbar', {
        name: 'Loading the workloads of checkout-api',
      }),
    ).toBeInTheDocument();
    expect(workloadQueries()).toEqual([
      { entity: 'checkout-api', instance: 'local' },
    ]);
  });

  it('says which label it searched and links to the template when nothing is found', async () => {
    serve({ workloads: { items: [], errors: [] } });
    const { container } = await render();
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
    expect(log.placements).toEqual([]);
  });

  it('narrows the search by the namespace annotation and says so when nothing is found', async () => {
    serve({ workloads: { items: [], errors: [] } });
    await render({
      ...checkoutEntity,
      metadata: {
        ...checkoutEntity.metadata,
        annotations: {
          'backstage.io/kubernetes-id': 'checkout-api',
          'backstage.io/kubernetes-namespace': 'team-b',
        },
      },
    });
    expect(
      await screen.findByText(
        /\(searched on every instance, in namespace "team-b"\)/,
      ),
    ).toBeInTheDocument();
    expect(workloadQueries()).toEqual([
      { entity: 'checkout-api', namespace: 'team-b' },
    ]);
  });

  it.each([
    [
      'permission denied',
      403,
      {
        name: 'NotAllowedError',
        message: 'not allowed: karmada.workload.read',
      },
      '403: NotAllowedError',
    ],
    [
      'an unknown instance in the annotation',
      400,
      {
        name: 'InputError',
        message:
          'query.instance: unknown Karmada instance "local" (configured: prod, staging)',
      },
      '400: InputError',
    ],
    [
      'a backend failure',
      500,
      { name: 'Error', message: 'informer cache corrupted' },
      '500: Error',
    ],
  ])(
    'shows a readable error when the backend answers %s (%s)',
    async (_what, status, error, heading) => {
      serve({
        workloads: (_query, _call, request) =>
          backendError(status, error, request),
      });
      await render();
      expect(
        await screen.findByText(
          /^Error: Could not list the Karmada workloads of checkout-api$/,
        ),
      ).toBeInTheDocument();
      expect(screen.getByText(heading)).toBeInTheDocument();
      expect(screen.getAllByText(error.message).length).toBeGreaterThan(0);
      expect(
        screen.getByText(
          'GET /api/karmada/workloads?entity=checkout-api&instance=local',
        ),
      ).toBeInTheDocument();
      expect(log.placements).toEqual([]);
    },
  );

  it('shows the status when a proxy answers without a Backstage error body', async () => {
    serve({
      workloads: new Response('upstream connect error', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/plain' },
      }),
    });
    await render();
    expect(
      await screen.findByText(
        /^Error: Could not list the Karmada workloads of checkout-api$/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(
        'Request failed with status 502 Bad Gateway, upstream connect error',
      ).length,
    ).toBeGreaterThan(0);
  });

  it('says which instance failed and why, beside the results of the others', async () => {
    serve({
      workloads: {
        items: [summaryOf(duplicatedPlacement)],
        errors: [
          {
            instance: 'prod',
            error: {
              name: 'ServiceUnavailableError',
              message:
                'Karmada instance "prod" is not ready: connect ECONNREFUSED 10.0.0.1:443',
            },
          },
        ],
      },
      placements: [duplicatedPlacement],
    });
    await render();
    expect(
      await screen.findByText(
        /^Warning: Karmada instance "prod" could not be read; results from other instances are shown$/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Karmada instance "prod" is not ready: connect ECONNREFUSED 10.0.0.1:443 \(ServiceUnavailableError\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The backend keeps retrying on its own/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Duplicated to member1, member2 and member3'),
    ).toBeInTheDocument();
    expect(log.placements).toEqual(['local/team-a/web-frontend']);
  });

  it('shows the error of one workload whose placement cannot be read', async () => {
    serve({
      workloads: { items: [summaryOf(duplicatedPlacement)], errors: [] },
      placements: [],
    });
    await render();
    expect(
      await screen.findByText(/^Error: Request failed with 404 Not Found$/),
    ).toBeInTheDocument();
    expect(screen.getByText('404: NotFoundError')).toBeInTheDocument();
    expect(
      screen.getAllByText(
        /no workload team-a\/web-frontend on Karmada instance "local"/,
      ).length,
    ).toBeGreaterThan(0);
    // The section still names the workload and its health from the list.
    expect(
      screen.getByRole('status', {
        name: 'Health of web-frontend: Healthy',
      }),
    ).toBeInTheDocument();
  });

  it('shows a Duplicated workload: policy in words, conditions, picture and table', async () => {
    serve({
      workloads: { items: [summaryOf(duplicatedPlacement)], errors: [] },
      placements: [duplicatedPlacement],
    });
    await render();
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
      screen.getByRole('tab', { name: 'Expected vs actual' }),
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
    serve({
      workloads: { items: [summaryOf(dynamicPlacement)], errors: [] },
      placements: [dynamicPlacement],
    });
    await render();
    expect(
      await screen.findByText(
        'Divided by available replicas across clusters with env=prod, excluding member9; tolerates dedicated=gpu',
      ),
    ).toBeInTheDocument();
    expect(log.placements).toEqual(['local/team-a/checkout-api']);
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
        name: 'Expected vs actual (3 differ)',
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

  it('shows one section per workload, each with its own placement', async () => {
    serve({
      workloads: {
        items: [summaryOf(duplicatedPlacement), summaryOf(dynamicPlacement)],
        errors: [],
      },
      placements: [duplicatedPlacement, dynamicPlacement],
    });
    await render();
    expect(
      await screen.findByText('Duplicated to member1, member2 and member3'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /^Divided by available replicas across clusters with env=prod/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/^Deployment in team-a on Karmada instance local/),
    ).toHaveLength(2);
    expect([...log.placements].sort()).toEqual([
      'local/team-a/checkout-api',
      'local/team-a/web-frontend',
    ]);
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
      serve({
        workloads: { items: [summaryOf(placement)], errors: [] },
        placements: [placement],
      });
      await render();
      const row = await screen.findByRole('row', { name: /^member2\b/ });
      expect(row).toHaveTextContent(label);
      expect(screen.getByRole('row', { name: /^member1\b/ })).toHaveTextContent(
        'Healthy',
      );
    },
  );

  it('toggles between the changed fields and the full manifests', async () => {
    serve({
      workloads: { items: [summaryOf(dynamicPlacement)], errors: [] },
      placements: [dynamicPlacement],
    });
    await render();
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
    serve({
      workloads: { items: [summaryOf(dynamicPlacement)], errors: [] },
      placements: (_ref, call) => (call === 1 ? dynamicPlacement : healed),
    });
    await render();
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
    expect(log.placements).toEqual([
      'local/team-a/checkout-api',
      'local/team-a/checkout-api',
    ]);
    expect(workloadQueries()).toEqual([
      { entity: 'checkout-api', instance: 'local' },
      { entity: 'checkout-api', instance: 'local' },
    ]);
  });

  it('keeps the placement on screen when a refresh fails', async () => {
    serve({
      workloads: { items: [summaryOf(duplicatedPlacement)], errors: [] },
      placements: (_ref, call, request) =>
        call === 1
          ? duplicatedPlacement
          : backendError(
              503,
              {
                name: 'ServiceUnavailableError',
                message:
                  'Karmada instance "local" is not ready (still loading its cache)',
              },
              request,
            ),
    });
    await render();
    expect(
      await screen.findByText('Duplicated to member1, member2 and member3'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(
      await screen.findByText(
        /^Warning: The last refresh failed; showing the previous answer$/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Request failed with 503 Service Unavailable'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Duplicated to member1, member2 and member3'),
    ).toBeInTheDocument();
  });

  it('keeps the list on screen when refreshing it fails', async () => {
    serve({
      workloads: (_query, call, request) =>
        call === 1
          ? { items: [summaryOf(duplicatedPlacement)], errors: [] }
          : backendError(
              403,
              {
                name: 'NotAllowedError',
                message: 'not allowed: karmada.workload.read',
              },
              request,
            ),
      placements: [duplicatedPlacement],
    });
    await render();
    expect(
      await screen.findByText('Duplicated to member1, member2 and member3'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(
      await screen.findByText(
        'The last refresh failed (Request failed with 403 Forbidden); showing the previous list.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Duplicated to member1, member2 and member3'),
    ).toBeInTheDocument();
  });

  it('renders through the legacy component extension', async () => {
    serve({
      workloads: { items: [summaryOf(duplicatedPlacement)], errors: [] },
      placements: [duplicatedPlacement],
    });
    await render(checkoutEntity, <LegacyEntityKarmadaContent />);
    expect(
      await screen.findByText('Duplicated to member1, member2 and member3'),
    ).toBeInTheDocument();
  });
});
