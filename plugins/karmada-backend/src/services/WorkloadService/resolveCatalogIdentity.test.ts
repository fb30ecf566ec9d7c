import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { resolveCatalogIdentity } from './resolveCatalogIdentity';

const component = (name: string, kubernetesId?: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    ...(kubernetesId
      ? { annotations: { 'backstage.io/kubernetes-id': kubernetesId } }
      : {}),
  },
  spec: { type: 'service', owner: 'guests', lifecycle: 'production' },
});

const catalog = catalogServiceMock({
  entities: [
    component('storefront', 'web-frontend'),
    component('bare'),
    component('same', 'same'),
  ],
});
const credentials = mockCredentials.user();
const spec = (extra: Record<string, unknown>) => ({ name: 'shop', ...extra });

describe('resolveCatalogIdentity', () => {
  it.each([
    {
      case: "takes the entity's annotation when the spec sets no kubernetesId",
      input: spec({ entityRef: 'component:default/storefront' }),
      kubernetesId: 'web-frontend',
      warning: undefined,
    },
    {
      case: "falls back to the entity's name and says which annotation to add",
      input: spec({ entityRef: 'component:default/bare' }),
      kubernetesId: 'bare',
      warning:
        'add "backstage.io/kubernetes-id: bare" to its catalog-info.yaml',
    },
    {
      case: 'keeps a kubernetesId the spec sets and warns when the annotation differs',
      input: spec({
        entityRef: 'component:default/storefront',
        kubernetesId: 'other',
      }),
      kubernetesId: 'other',
      warning:
        'has backstage.io/kubernetes-id: web-frontend, but the workload is labelled other',
    },
    {
      case: 'keeps a kubernetesId equal to the annotation, silently',
      input: spec({
        entityRef: 'component:default/same',
        kubernetesId: 'same',
      }),
      kubernetesId: 'same',
      warning: undefined,
    },
    {
      case: 'leaves the spec alone when the entity is not in the catalog',
      input: spec({ entityRef: 'component:default/missing' }),
      kubernetesId: undefined,
      warning:
        'is not in the catalog; the workload is labelled backstage.io/kubernetes-id: shop',
    },
    {
      case: 'leaves a spec without entityRef alone',
      input: spec({}),
      kubernetesId: undefined,
      warning: undefined,
    },
  ])('$case', async ({ input, kubernetesId, warning }) => {
    const result = await resolveCatalogIdentity(input, catalog, credentials);
    expect(result.spec.kubernetesId).toBe(kubernetesId);
    expect(result.warnings).toEqual(
      (warning === undefined ? [] : [warning]).map(w =>
        expect.stringContaining(w),
      ),
    );
  });

  it('keeps going with a warning when the catalog cannot answer', async () => {
    const failing = catalogServiceMock.mock({
      getEntityByRef: jest.fn().mockRejectedValue(new Error('catalog is down')),
    });
    const result = await resolveCatalogIdentity(
      spec({ entityRef: 'component:default/storefront' }),
      failing,
      credentials,
    );
    expect(result.spec.kubernetesId).toBeUndefined();
    expect(result.warnings).toEqual([
      expect.stringContaining(
        'Could not read component:default/storefront from the catalog (catalog is down)',
      ),
    ]);
  });
});
