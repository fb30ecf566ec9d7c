import { configure, screen } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { karmadaApiRef } from '../../api';
import { EntityKarmadaCard as LegacyEntityKarmadaCard } from '../../plugin';
import { mockKarmadaApi } from '../shared/__fixtures__/mockKarmadaApi';
import {
  checkoutEntity,
  dynamicPlacement,
  summaryOf,
  unlinkedEntity,
} from '../shared/__fixtures__/workloads';
import { EntityKarmadaCard } from './EntityKarmadaCard';

function render(
  api: ReturnType<typeof mockKarmadaApi>,
  entity: Entity = checkoutEntity,
  element = <EntityKarmadaCard />,
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

describe('EntityKarmadaCard', () => {
  it('shows each workload with its health, ready replicas and clusters, linking to the tab', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: async () => ({
        items: [summaryOf(dynamicPlacement)],
        errors: [],
      }),
    });
    await render(api);
    expect(await screen.findByText('checkout-api')).toBeInTheDocument();
    expect(screen.getByText('Progressing')).toBeInTheDocument();
    expect(screen.getByLabelText('4 of 6 replicas ready')).toBeInTheDocument();
    expect(
      screen.getByLabelText('member1: 3 of 3 ready, healthy'),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText('member2: 1 of 3 ready, progressing'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: /Where it runs and how clusters differ/,
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-api/multicloud',
    );
  });

  it('names unreachable instances and offers the template when nothing is found', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: async () => ({
        items: [],
        errors: [
          {
            instance: 'local',
            error: { name: 'ServiceUnavailableError', message: 'timeout' },
          },
        ],
      }),
    });
    await render(api);
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

  it('explains the annotation on entities without it', async () => {
    const api = mockKarmadaApi();
    const { container } = await render(api, unlinkedEntity);
    expect(container.textContent).toContain(
      'backstage.io/kubernetes-id: legacy-batch',
    );
    expect(
      screen.queryByRole('link', { name: /Where it runs/ }),
    ).not.toBeInTheDocument();
    expect(api.listEntityWorkloads).not.toHaveBeenCalled();
  });

  it('shows errors', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: () =>
        Promise.reject(new Error('forbidden by policy')),
    });
    await render(api);
    expect(
      (await screen.findAllByText(/forbidden by policy/)).length,
    ).toBeGreaterThan(0);
  });

  it('renders through the legacy component extension', async () => {
    const api = mockKarmadaApi({
      listEntityWorkloads: async () => ({
        items: [summaryOf(dynamicPlacement)],
        errors: [],
      }),
    });
    await render(api, checkoutEntity, <LegacyEntityKarmadaCard />);
    expect(
      await screen.findByLabelText('4 of 6 replicas ready'),
    ).toBeInTheDocument();
  });
});
