import { configure, screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { karmadaApiRef } from '../../api';
import { karmadaEntityCard, karmadaEntityContent } from '../../alpha';
import {
  createTestKarmadaClient,
  karmadaHandlers,
  karmadaWorkloadHandlers,
} from '../../__testUtils__';
import {
  checkoutEntity,
  duplicatedPlacement,
  summaryOf,
} from '../shared/__fixtures__/workloads';

// The new frontend system: the blueprint extensions the /alpha entry exports,
// mounted on a test entity page with the real KarmadaClient over msw.
// Full app renders with MUI tables are slow on busy CI machines.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

const server = setupServer();
registerMswTestHooks(server);
beforeEach(() => {
  server.use(...karmadaHandlers());
  // Used after the defaults, so they take precedence.
  server.use(
    ...karmadaWorkloadHandlers({
      workloads: { items: [summaryOf(duplicatedPlacement)], errors: [] },
      placements: [duplicatedPlacement],
    }),
  );
});

describe('new frontend system entity extensions', () => {
  const api = () => createTestKarmadaClient();

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
