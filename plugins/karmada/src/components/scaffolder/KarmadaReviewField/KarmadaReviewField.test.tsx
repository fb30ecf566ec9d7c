import { screen, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import {
  TestApiProvider,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/test-utils';
import { karmadaApiRef } from '../../../api';
import {
  TEST_KARMADA_BASE_URL,
  createTestKarmadaClient,
  fieldProps,
  karmadaHandlers,
  runValidator,
  testRender,
  type KarmadaRequestLog,
} from '../../../__testUtils__';
import { KarmadaReviewField } from './KarmadaReviewField';
import { validateKarmadaReview } from './validateKarmadaReview';

const server = setupServer();
registerMswTestHooks(server);
let log: KarmadaRequestLog;
beforeEach(() => {
  log = { previews: [], renders: [], applies: [] };
  server.use(...karmadaHandlers(log));
});

const formData = {
  workload: {
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
  },
  container: {
    name: 'main',
    image: 'nginx:1.27',
    envFrom: [{ configMapRef: { name: 'web-config' } }],
  },
  imagePullSecrets: ['registry-cred'],
};

describe('KarmadaReviewField', () => {
  it('shows the placement, the dependencies (and what is missing) and the YAML', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[karmadaApiRef, createTestKarmadaClient()]]}>
        <KarmadaReviewField
          {...fieldProps({ name: 'review', formContext: { formData } })}
        />
      </TestApiProvider>,
    );
    expect(
      screen.getByText(/Divided by available replicas across clusters with/),
    ).toBeInTheDocument();
    const deps = await screen.findByRole('region', { name: 'Dependencies' });
    expect(within(deps).getByText('ConfigMap web-config')).toBeInTheDocument();
    expect(
      within(deps).getByText('missing in the namespace'),
    ).toBeInTheDocument();
    expect(deps).toHaveTextContent(
      'Create Secret registry-cred in team-a first',
    );
    expect(
      screen.getByRole('table', { name: 'Scheduled clusters' }),
    ).toBeInTheDocument();
    expect(log.renders).toEqual([
      {
        instance: 'local',
        spec: expect.objectContaining({
          name: 'web',
          imagePullSecrets: ['registry-cred'],
        }),
      },
    ]);
  });

  it("sends the catalog entity, and shows the backend's warning about its kubernetes-id", async () => {
    const warning =
      'component:default/storefront has no backstage.io/kubernetes-id annotation: add "backstage.io/kubernetes-id: storefront" to its catalog-info.yaml to see the workload on its Multicloud tab';
    server.use(
      http.post(`${TEST_KARMADA_BASE_URL}/render`, async ({ request }) => {
        log.renders.push(await request.json());
        return HttpResponse.json({ ...testRender, warnings: [warning] });
      }),
    );
    await renderInTestApp(
      <TestApiProvider apis={[[karmadaApiRef, createTestKarmadaClient()]]}>
        <KarmadaReviewField
          {...fieldProps({
            name: 'review',
            formContext: {
              formData: { ...formData, entity: 'component:default/storefront' },
            },
          })}
        />
      </TestApiProvider>,
    );
    expect(await screen.findByText(warning)).toBeInTheDocument();
    expect(log.renders).toEqual([
      {
        instance: 'local',
        spec: expect.objectContaining({
          entityRef: 'component:default/storefront',
        }),
      },
    ]);
  });

  it('lists what to fix when the spec is not valid', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[karmadaApiRef, createTestKarmadaClient()]]}>
        <KarmadaReviewField
          {...fieldProps({
            name: 'review',
            formContext: {
              formData: {
                ...formData,
                container: { name: 'main', image: 'UPPER' },
              },
            },
          })}
        />
      </TestApiProvider>,
    );
    expect(screen.getByText(/Fix these before creating/)).toBeInTheDocument();
    expect(screen.getByText(/^Container image/)).toBeInTheDocument();
    expect(log.renders).toEqual([]);
  });

  it("shows the validation's refusal under the title, and a spec issue only once", async () => {
    const invalid = {
      ...formData,
      workload: { ...formData.workload, replicas: -2 },
    };
    const issues = await runValidator(
      validateKarmadaReview,
      {},
      { formData: invalid },
    );
    expect(issues).toEqual(['Replicas: must be 0 or more']);
    const refusal =
      'Karmada would refuse it: You may not create workloads in team-a';
    await renderInTestApp(
      <TestApiProvider apis={[[karmadaApiRef, createTestKarmadaClient()]]}>
        <KarmadaReviewField
          {...fieldProps({
            name: 'review',
            formContext: { formData: invalid },
            rawErrors: [...issues, refusal],
          })}
        />
      </TestApiProvider>,
    );
    expect(screen.getByText(refusal)).toHaveClass('Mui-error');
    // Already in the list of what to fix: not repeated.
    expect(screen.getAllByText(issues[0])).toHaveLength(1);
  });
});

describe('validateKarmadaReview', () => {
  it('passes when the dry run succeeds', async () => {
    await expect(
      runValidator(
        validateKarmadaReview,
        {},
        { formData, karmadaApi: createTestKarmadaClient() },
      ),
    ).resolves.toEqual([]);
    expect(log.applies).toEqual([
      expect.objectContaining({ dryRun: true, instance: 'local' }),
    ]);
  });

  it("blocks with the backend's reason when the dry run is refused", async () => {
    server.use(
      http.post(`${TEST_KARMADA_BASE_URL}/apply`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotAllowedError',
              message: 'You may not create workloads in team-a',
            },
            request: { method: 'POST', url: '/api/karmada/apply' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );
    await expect(
      runValidator(
        validateKarmadaReview,
        {},
        { formData, karmadaApi: createTestKarmadaClient() },
      ),
    ).resolves.toEqual([
      'Karmada would refuse it: You may not create workloads in team-a',
    ]);
  });

  it('blocks an invalid spec with the field labels', async () => {
    const errors = await runValidator(
      validateKarmadaReview,
      {},
      {
        formData: {
          ...formData,
          workload: { ...formData.workload, replicas: -2 },
        },
      },
    );
    expect(errors).toEqual(['Replicas: must be 0 or more']);
  });
});
