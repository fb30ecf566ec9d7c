import { completeEntityRef, workloadLinks } from './workloadLinks';

describe('workloadLinks', () => {
  const workload = { instance: 'local', namespace: 'team-a', name: 'web' };

  it.each([
    [
      'component:default/web',
      'component:default/web',
      '/catalog/default/component/web/multicloud',
    ],
    [
      'Component:Payments/web',
      'component:payments/web',
      '/catalog/payments/component/web/multicloud',
    ],
    [
      'resource:db',
      'resource:default/db',
      '/catalog/default/resource/db/multicloud',
    ],
    [
      'web',
      'component:default/web',
      '/catalog/default/component/web/multicloud',
    ],
    [
      'shop/web',
      'component:shop/web',
      '/catalog/shop/component/web/multicloud',
    ],
  ])('links %s to its Multicloud tab', (ref, entityRef, multicloudUrl) => {
    expect(workloadLinks({ ...workload, entityRef: ref })).toEqual({
      entityRef,
      multicloudUrl,
    });
  });

  it('links to the workloads page, filtered to the workload, without an entity', () => {
    expect(workloadLinks(workload)).toEqual({
      multicloudUrl: '/karmada?instance=local&namespace=team-a&text=web',
    });
  });

  it('completes short refs as the catalog does', () => {
    expect(completeEntityRef('web')).toEqual({
      kind: 'component',
      namespace: 'default',
      name: 'web',
    });
  });
});
