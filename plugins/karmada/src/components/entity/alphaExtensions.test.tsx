import { configure, screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { karmadaApiRef } from '../../api';
import { karmadaEntityCard, karmadaEntityContent } from '../../alpha';
import { mockKarmadaApi } from '../shared/__fixtures__/mockKarmadaApi';
import {
  checkoutEntity,
  duplicatedPlacement,
  summaryOf,
} from '../shared/__fixtures__/workloads';

// The new frontend system: the blueprint extensions the /alpha entry exports,
// mounted on a test entity page with a mock KarmadaApi.
// Full app renders with MUI tables are slow on busy CI machines.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

describe('new frontend system entity extensions', () => {
  const api = () =>
    mockKarmadaApi({
      listEntityWorkloads: async () => ({
        items: [summaryOf(duplicatedPlacement)],
        errors: [],
      }),
      getWorkloadPlacement: async () => duplicatedPlacement,
    });

  it('renders the Multicloud entity content', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: checkoutEntity }),
        karmadaEntityContent,
      ],
      apis: [[karmadaApiRef, api()]],
    });
    expect(
      await screen.findByText(
        'Duplicated to member1, member2 and member3',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'Clusters (3)' }),
    ).toBeInTheDocument();
  });

  it('renders the Multicloud entity card', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: checkoutEntity }),
        karmadaEntityCard,
      ],
      apis: [[karmadaApiRef, api()]],
    });
    expect(
      await screen.findByLabelText(
        '6 of 6 replicas ready',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText('member2: 2 of 2 ready, healthy'),
    ).toBeInTheDocument();
  });
});
