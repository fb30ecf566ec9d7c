import { OverridePolicy } from '@karmada-backstage/plugin-karmada-common';
import { Informer, InformerEvent } from '../../karmada/createInformer';
import { createOverrideIndex } from './createOverrideIndex';

function informerOf(initial: OverridePolicy[]) {
  let listener: (e: InformerEvent<OverridePolicy>[]) => void = () => {};
  const items = [...initial];
  return {
    informer: {
      list: () => items.values(),
      subscribe: (l: typeof listener) => {
        listener = l;
        return () => {};
      },
    } as unknown as Informer<OverridePolicy>,
    emit: (e: InformerEvent<OverridePolicy>[]) => listener(e),
  };
}

const op = (
  name: string,
  namespace: string,
  selectors: OverridePolicy['spec']['resourceSelectors'],
): OverridePolicy => ({
  kind: 'OverridePolicy',
  metadata: { name, namespace },
  spec: { resourceSelectors: selectors, overrideRules: [] },
});

describe('createOverrideIndex', () => {
  it('finds candidates by name, by namespace-wide selector, and every cluster policy', () => {
    const named = op('web', 'a', [
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
    ]);
    const other = op('api', 'a', [
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' },
    ]);
    const byLabel = op('all', 'a', [
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        labelSelector: { matchLabels: { tier: 'x' } },
      },
    ]);
    const elsewhere = op('web', 'b', [
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
    ]);
    const cop = {
      kind: 'ClusterOverridePolicy',
      metadata: { name: 'global' },
      spec: {},
    } as OverridePolicy;
    const ops = informerOf([named, other, byLabel, elsewhere]);
    const cops = informerOf([cop]);
    const index = createOverrideIndex(ops.informer, cops.informer);
    expect(
      index
        .candidates('a', 'web')
        .map(p => p.metadata.name)
        .sort(),
    ).toEqual(['all', 'global', 'web']);

    ops.emit([{ type: 'delete', object: named }]);
    expect(
      index
        .candidates('a', 'web')
        .map(p => p.metadata.name)
        .sort(),
    ).toEqual(['all', 'global']);
    const v = index.clusterPoliciesVersion();
    cops.emit([{ type: 'upsert', object: cop }]);
    expect(index.clusterPoliciesVersion()).toBe(v + 1);
  });
});
