import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { karmadaApiRef } from '../../api';
import { KarmadaWorkloadsPage as LegacyKarmadaWorkloadsPage } from '../../plugin';
import { karmadaWorkloadsPage } from '../../alpha';
import { mockKarmadaApi } from '../shared/__fixtures__/mockKarmadaApi';
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
    name: 'payments',
    kubernetesId: 'payments',
    entityRef: 'component:default/payments',
    owner: 'group:default/payments-team',
  },
];

function apis(
  api = mockKarmadaApi({ listWorkloads: async () => ({ items, errors: [] }) }),
) {
  return [
    [karmadaApiRef, api],
    [catalogApiRef, catalogApiMock({ entities: [checkoutEntity] })],
  ] as const;
}

function render(
  api?: ReturnType<typeof mockKarmadaApi>,
  element = <KarmadaWorkloadsPage />,
  url = '/karmada',
) {
  return renderInTestApp(
    <TestApiProvider apis={apis(api)}>
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

// Full app renders with MUI tables are slow on busy CI machines.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

describe('KarmadaWorkloadsPage', () => {
  it('lists every workload, linking each entity to its Multicloud tab', async () => {
    await render();
    expect(await screen.findByText('Workloads (3)')).toBeInTheDocument();
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
    expect(screen.getByText('group:default/checkout-team')).toBeInTheDocument();
    expect(screen.getByText('user:default/alice')).toBeInTheDocument();
    expect(
      screen.getAllByLabelText('member2: 1 of 3 ready, progressing'),
    ).toHaveLength(2);
  });

  it('filters by health from the filter bar', async () => {
    await render();
    await screen.findByText('Workloads (3)');
    const filterBar = screen.getByRole('search', { name: 'Filter workloads' });
    await userEvent.click(
      within(filterBar).getByRole('button', { name: /Health/ }),
    );
    await userEvent.click(
      within(screen.getByRole('listbox')).getByText('Degraded'),
    );
    expect(await screen.findByText('Workloads (1)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'payments: where it runs' }),
    ).toBeInTheDocument();
  });

  it('reads the filters from the URL, so a filtered view can be shared', async () => {
    await render(
      undefined,
      <KarmadaWorkloadsPage />,
      '/karmada?instance=local&owner=user:default/alice',
    );
    expect(await screen.findByText('Workloads (1)')).toBeInTheDocument();
    expect(screen.getAllByText('web-frontend').length).toBeGreaterThan(0);
    expect(screen.queryByText('checkout-api')).not.toBeInTheDocument();
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
    const api = mockKarmadaApi({
      listWorkloads: async () => ({
        items: items.slice(0, 1),
        errors: [
          {
            instance: 'prod',
            error: { name: 'NotAllowedError', message: 'denied' },
          },
        ],
      }),
    });
    await render(api);
    expect(
      await screen.findByText(/Karmada instance "prod" could not be read/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/ask the platform team for access/),
    ).toBeInTheDocument();
    expect(screen.getByText('Workloads (1)')).toBeInTheDocument();
  });

  it('shows an error when nothing answers, and the template when there is nothing yet', async () => {
    const failing = mockKarmadaApi({
      listWorkloads: () => Promise.reject(new Error('boom')),
    });
    const { unmount } = await render(failing);
    expect(
      await screen.findByText(/Could not list the Karmada workloads/),
    ).toBeInTheDocument();
    unmount();

    await render(
      mockKarmadaApi({
        listWorkloads: async () => ({ items: [], errors: [] }),
      }),
    );
    expect(
      await screen.findByText(/No Karmada workloads yet/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Create a multicloud workload' }),
    ).toBeInTheDocument();
  });

  it('renders through the legacy routable extension', async () => {
    await render(undefined, <LegacyKarmadaWorkloadsPage />);
    expect(await screen.findByText('Workloads (3)')).toBeInTheDocument();
  });

  it('renders through the new frontend system page', async () => {
    renderTestApp({
      extensions: [karmadaWorkloadsPage],
      apis: apis(),
      initialRouteEntries: ['/karmada'],
    });
    expect(
      await screen.findByText('Workloads (3)', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
