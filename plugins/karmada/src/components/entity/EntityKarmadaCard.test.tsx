import { act } from 'react';
import { configure, screen } from '@testing-library/react';
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
import { EntityKarmadaCard as LegacyEntityKarmadaCard } from '../../plugin';
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
import { EntityKarmadaCard } from './EntityKarmadaCard';

// Every state goes through the real KarmadaClient (discovery + fetch) to
// `GET /workloads` answered by msw in the backend's wire format.
const server = setupServer();
registerMswTestHooks(server);
let log: KarmadaReadLog;
beforeEach(() => {
  log = newKarmadaReadLog();
  server.use(...karmadaHandlers());
});

/** Answers `GET /workloads`, recording the requests. */
function serve(
  options: Omit<Parameters<typeof karmadaWorkloadHandlers>[0], 'log'>,
) {
  server.use(...karmadaWorkloadHandlers({ log, ...options }));
}

function render(
  entity: Entity = checkoutEntity,
  element = <EntityKarmadaCard />,
) {
  return renderInTestApp(
    <TestApiProvider apis={[[karmadaApiRef, createTestKarmadaClient()]]}>
      <EntityProvider entity={entity}>{element}</EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

// Full app renders with MUI tables are slow on busy CI machines.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

describe('EntityKarmadaCard', () => {
  it('shows progress while the workloads load', async () => {
    serve({ workloads: 'pending' });
    await render();
    expect(
      await screen.findByRole('progressbar', { name: 'Loading' }),
    ).toBeInTheDocument();
    expect(log.workloads.map(q => Object.fromEntries(q))).toEqual([
      { entity: 'checkout-api', instance: 'local' },
    ]);
  });

  it('shows each workload with its health, ready replicas and clusters, linking to the tab', async () => {
    serve({
      workloads: {
        items: [summaryOf(dynamicPlacement), summaryOf(duplicatedPlacement)],
        errors: [],
      },
    });
    await render();
    expect(await screen.findByText('checkout-api')).toBeInTheDocument();
    expect(screen.getByText('local/team-a · 2 clusters')).toBeInTheDocument();
    expect(screen.getByText('Progressing')).toBeInTheDocument();
    expect(screen.getByLabelText('4 of 6 replicas ready')).toBeInTheDocument();
    expect(
      screen.getByLabelText('member1: 3 of 3 ready, healthy'),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText('member2: 1 of 3 ready, progressing'),
    ).toBeInTheDocument();
    // The second workload, all healthy on three clusters.
    expect(screen.getByText('web-frontend')).toBeInTheDocument();
    expect(screen.getByText('local/team-a · 3 clusters')).toBeInTheDocument();
    expect(screen.getByLabelText('6 of 6 replicas ready')).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: /Where it runs and how clusters differ/,
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-api/multicloud',
    );
    // The card reads the list only, never a placement.
    expect(log.placements).toEqual([]);
  });

  it('offers the template when nothing is found', async () => {
    serve({ workloads: { items: [], errors: [] } });
    await render();
    expect(
      await screen.findByText(
        'No Karmada workload carries the label backstage.io/kubernetes-id: checkout-api (searched on instance "local", in every allowed namespace).',
      ),
    ).toBeInTheDocument();
    expect(
      screen
        .getByRole('button', { name: 'Create a multicloud workload' })
        .closest('a'),
    ).toHaveAttribute('href', '/create/templates/default/multicloud-workload');
    expect(screen.queryByText(/Not reachable/)).not.toBeInTheDocument();
  });

  it('names unreachable instances beside the workloads of the others', async () => {
    serve({
      workloads: {
        items: [summaryOf(duplicatedPlacement)],
        errors: [
          {
            instance: 'prod',
            error: {
              name: 'ServiceUnavailableError',
              message: 'Karmada instance "prod" is not ready: timeout',
            },
          },
          {
            instance: 'edge',
            error: {
              name: 'ServiceUnavailableError',
              message:
                'Karmada instance "edge" is not ready (still loading its cache)',
            },
          },
        ],
      },
    });
    await render();
    expect(
      await screen.findByText(
        'Not reachable: prod (Karmada instance "prod" is not ready: timeout), edge (Karmada instance "edge" is not ready (still loading its cache)).',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('6 of 6 replicas ready')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Create a multicloud workload' }),
    ).not.toBeInTheDocument();
  });

  it('names unreachable instances and offers the template when nothing is found', async () => {
    serve({
      workloads: {
        items: [],
        errors: [
          {
            instance: 'local',
            error: { name: 'ServiceUnavailableError', message: 'timeout' },
          },
        ],
      },
    });
    await render();
    expect(
      await screen.findByText('Not reachable: local (timeout).'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/No Karmada workload carries the label/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Create a multicloud workload' }),
    ).toBeInTheDocument();
  });

  it('explains the annotation on entities without it, without calling the backend', async () => {
    serve({ workloads: { items: [], errors: [] } });
    const { container } = await render(unlinkedEntity);
    expect(container.textContent).toContain(
      'backstage.io/kubernetes-id: legacy-batch',
    );
    expect(
      screen.queryByRole('link', { name: /Where it runs/ }),
    ).not.toBeInTheDocument();
    // Give a request, had one been sent, the time to reach msw.
    await act(() => new Promise(resolve => setTimeout(resolve, 50)));
    expect(log.workloads).toHaveLength(0);
  });

  it.each([
    [
      403,
      'Forbidden',
      {
        name: 'NotAllowedError',
        message: 'not allowed: karmada.workload.read',
      },
    ],
    [
      500,
      'Internal Server Error',
      { name: 'Error', message: 'informer cache corrupted' },
    ],
  ])(
    'shows the backend error readably (%s)',
    async (status, statusText, error) => {
      serve({
        workloads: (_query, _call, request) =>
          backendError(status, error, request),
      });
      await render();
      expect(
        await screen.findByText(
          `Error: Request failed with ${status} ${statusText}`,
        ),
      ).toBeInTheDocument();
      expect(screen.getByText(`${status}: ${error.name}`)).toBeInTheDocument();
      expect(screen.getAllByText(error.message).length).toBeGreaterThan(0);
      expect(
        screen.queryByRole('button', { name: 'Create a multicloud workload' }),
      ).not.toBeInTheDocument();
    },
  );

  it('renders through the legacy component extension', async () => {
    serve({
      workloads: { items: [summaryOf(dynamicPlacement)], errors: [] },
    });
    await render(checkoutEntity, <LegacyEntityKarmadaCard />);
    expect(
      await screen.findByLabelText('4 of 6 replicas ready'),
    ).toBeInTheDocument();
  });
});
