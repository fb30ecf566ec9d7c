import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { Route, Routes } from 'react-router-dom';
import {
  TestApiProvider,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/test-utils';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { ListWorkloadsResponse } from '@karmada-backstage/plugin-karmada-common';
import { karmadaApiRef } from '../../api';
import { KarmadaWorkloadsPage as LegacyKarmadaWorkloadsPage } from '../../plugin';
import { karmadaWorkloadsPage } from '../../alpha';
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
} from '../shared/__fixtures__/workloads';
import { KarmadaWorkloadsPage } from './KarmadaWorkloadsPage';

const items = [
  summaryOf(duplicatedPlacement, { initiator: 'user:default/alice' }),
  summaryOf(dynamicPlacement, {
    owner: 'group:default/checkout-team',
    image: 'registry.example.com/checkout:2.1',
  }),
  {
    ...summaryOf(dynamicPlacement, { health: 'Degraded' }),
    instance: 'prod',
    namespace: 'payments',
    name: 'payments',
    kubernetesId: 'payments',
    entityRef: 'component:default/payments',
    owner: 'group:default/payments-team',
  },
];
const everything: ListWorkloadsResponse = { items, errors: [] };

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
  workloads: Parameters<typeof karmadaWorkloadHandlers>[0]['workloads'],
) {
  server.use(...karmadaWorkloadHandlers({ log, workloads }));
}

function apis() {
  return [
    [karmadaApiRef, createTestKarmadaClient()],
    [catalogApiRef, catalogApiMock({ entities: [checkoutEntity] })],
  ] as const;
}

function render(element = <KarmadaWorkloadsPage />, url = '/karmada') {
  return renderInTestApp(
    <TestApiProvider apis={apis()}>
      <Routes>
        <Route path="/karmada/*" element={element} />
      </Routes>
    </TestApiProvider>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      routeEntries: [url],
    },
  );
}

/** The workload names in the table, top to bottom. */
function shownWorkloads(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row => within(row).getAllByRole('cell')[0].textContent ?? '')
    .map(text => text.replace(/registry\.example\.com.*$/, ''));
}

/** Picks `option` in the filter bar's `label` select. */
async function pickFilter(label: string, option: string) {
  const filterBar = screen.getByRole('search', { name: 'Filter workloads' });
  await userEvent.click(
    within(filterBar).getByRole('button', { name: new RegExp(label) }),
  );
  await userEvent.click(
    within(screen.getByRole('listbox')).getByRole('option', { name: option }),
  );
}

// Full app renders with MUI tables are slow on busy CI machines.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

describe('KarmadaWorkloadsPage', () => {
  it('shows progress while the workloads load, asking for every workload', async () => {
    serve('pending');
    await render();
    expect(
      await screen.findByRole('progressbar', { name: 'Loading' }),
    ).toBeInTheDocument();
    expect(log.workloads).toHaveLength(1);
    expect(log.workloads[0].toString()).toBe('');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists every workload, linking each entity to its Multicloud tab', async () => {
    serve(everything);
    await render();
    expect(await screen.findByText('Workloads (3)')).toBeInTheDocument();
    expect(shownWorkloads()).toEqual([
      'web-frontend',
      'checkout-api',
      'payments',
    ]);
    // Resolved through the catalog (kubernetes-id annotation) and from the workload's own entity-ref.
    await waitFor(() =>
      expect(
        screen.getByRole('link', { name: 'checkout-api' }),
      ).toHaveAttribute(
        'href',
        '/catalog/default/component/checkout-api/multicloud',
      ),
    );
    expect(screen.getByRole('link', { name: 'payments' })).toHaveAttribute(
      'href',
      '/catalog/default/component/payments/multicloud',
    );
    expect(
      screen.getByText('no catalog entity with kubernetes-id web-frontend'),
    ).toBeInTheDocument();
    expect(screen.getByText('prod / payments')).toBeInTheDocument();
    // Owners read short (the default kind, group, and namespace left out); the full ref on hover.
    expect(screen.getByText('checkout-team')).toHaveAttribute(
      'title',
      'group:default/checkout-team',
    );
    expect(screen.getByText('user:alice')).toHaveAttribute(
      'title',
      'user:default/alice',
    );
    expect(
      screen.getAllByLabelText('member2: 1 of 3 ready, progressing'),
    ).toHaveLength(2);
  });

  // The page reads every workload once and filters on the client, so a
  // filter answers at once and sends nothing to the backend.
  it.each([
    ['Instance', 'prod', ['payments']],
    ['Namespace', 'team-a', ['web-frontend', 'checkout-api']],
    ['Owner', 'group:default/checkout-team', ['checkout-api']],
    ['Owner', 'user:default/alice', ['web-frontend']],
    ['Health', 'Degraded', ['payments']],
    ['Health', 'Healthy', ['web-frontend']],
  ])('filters by %s = %s on the client', async (label, option, expected) => {
    serve(everything);
    await render();
    await screen.findByText('Workloads (3)');
    await pickFilter(label, option);
    expect(
      await screen.findByText(`Workloads (${expected.length})`),
    ).toBeInTheDocument();
    expect(shownWorkloads()).toEqual(expected);
    expect(log.workloads.map(q => q.toString())).toEqual(['']);
  });

  it('combines filters, and says so when nothing matches', async () => {
    serve(everything);
    await render();
    await screen.findByText('Workloads (3)');
    await pickFilter('Instance', 'local');
    expect(await screen.findByText('Workloads (2)')).toBeInTheDocument();
    await pickFilter('Health', 'Progressing');
    expect(await screen.findByText('Workloads (1)')).toBeInTheDocument();
    expect(shownWorkloads()).toEqual(['checkout-api']);
    await pickFilter('Owner', 'user:default/alice');
    expect(
      await screen.findByText('No workload matches these filters.'),
    ).toBeInTheDocument();
    await pickFilter('Health', 'Any');
    expect(await screen.findByText('Workloads (1)')).toBeInTheDocument();
    expect(shownWorkloads()).toEqual(['web-frontend']);
    expect(log.workloads).toHaveLength(1);
  });

  it('reads the filters from the URL, so a filtered view can be shared', async () => {
    serve(everything);
    await render(
      <KarmadaWorkloadsPage />,
      '/karmada?instance=local&owner=user:default/alice',
    );
    expect(await screen.findByText('Workloads (1)')).toBeInTheDocument();
    expect(shownWorkloads()).toEqual(['web-frontend']);
    // The backend is still asked for everything.
    expect(log.workloads.map(q => q.toString())).toEqual(['']);
    const filterBar = screen.getByRole('search', { name: 'Filter workloads' });
    await userEvent.click(
      within(filterBar).getByRole('textbox', { name: 'Search' }),
    );
    await userEvent.paste('nothing-like-this');
    expect(
      await screen.findByText('No workload matches these filters.'),
    ).toBeInTheDocument();
  });

  it('shows unreachable instances beside the results', async () => {
    serve({
      items: items.slice(0, 1),
      errors: [
        {
          instance: 'prod',
          error: {
            name: 'NotAllowedError',
            message: 'not allowed: karmada.workload.read',
          },
        },
      ],
    });
    await render();
    expect(
      await screen.findByText(
        /^Warning: Karmada instance "prod" could not be read; results from other instances are shown$/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /not allowed: karmada.workload.read \(NotAllowedError\)\. You are not allowed to read workloads there; ask the platform team for access/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Workloads (1)')).toBeInTheDocument();
    expect(shownWorkloads()).toEqual(['web-frontend']);
  });

  it.each([
    [
      403,
      {
        name: 'NotAllowedError',
        message: 'not allowed: karmada.workload.read',
      },
    ],
    [500, { name: 'Error', message: 'informer cache corrupted' }],
  ])(
    'shows a readable error when the backend answers %s',
    async (status, error) => {
      serve((_query, _call, request) => backendError(status, error, request));
      await render();
      expect(
        await screen.findByText(
          /^Error: Could not list the Karmada workloads$/,
        ),
      ).toBeInTheDocument();
      expect(screen.getByText(`${status}: ${error.name}`)).toBeInTheDocument();
      expect(screen.getAllByText(error.message).length).toBeGreaterThan(0);
      expect(
        screen.getByText('GET /api/karmada/workloads'),
      ).toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    },
  );

  it('offers the template when there is nothing yet', async () => {
    serve({ items: [], errors: [] });
    await render();
    expect(await screen.findByText('Workloads (0)')).toBeInTheDocument();
    expect(screen.getByText(/No Karmada workloads yet/)).toBeInTheDocument();
    expect(
      screen
        .getByRole('button', { name: 'Create a multicloud workload' })
        .closest('a'),
    ).toHaveAttribute('href', '/create/templates/default/multicloud-workload');
  });

  it('refreshes on demand without remounting: the filters stay applied', async () => {
    const healed = {
      ...items[2],
      health: 'Healthy' as const,
      readyReplicas: 6,
    };
    serve((_query, call) =>
      call === 1
        ? everything
        : { items: [items[0], items[1], healed], errors: [] },
    );
    await render();
    await screen.findByText('Workloads (3)');
    await pickFilter('Instance', 'prod');
    expect(await screen.findByText('Workloads (1)')).toBeInTheDocument();
    expect(
      within(screen.getByRole('table')).getByText('Degraded'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('table')).getByText('Healthy'),
      ).toBeInTheDocument(),
    );
    expect(
      within(screen.getByRole('table')).queryByText('Degraded'),
    ).not.toBeInTheDocument();
    expect(screen.getByText('Workloads (1)')).toBeInTheDocument();
    expect(shownWorkloads()).toEqual(['payments']);
    expect(log.workloads.map(q => q.toString())).toEqual(['', '']);
  });

  it('renders through the legacy routable extension', async () => {
    serve(everything);
    await render(<LegacyKarmadaWorkloadsPage />);
    expect(await screen.findByText('Workloads (3)')).toBeInTheDocument();
  });

  it('renders through the new frontend system page', async () => {
    serve(everything);
    renderTestApp({
      extensions: [karmadaWorkloadsPage],
      apis: apis(),
      initialRouteEntries: ['/karmada'],
    });
    expect(
      await screen.findByText('Workloads (3)', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(log.workloads).toHaveLength(1);
  });
});
