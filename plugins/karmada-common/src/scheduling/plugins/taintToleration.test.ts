import type { Taint, Toleration } from '../../types';
import { makeCluster } from '../__fixtures__/makeCluster';
import { createFleetSnapshot } from '../snapshot';
import { ReasonCache } from '../filterContext';
import { createTaintTolerationFilter, toleratesTaint } from './taintToleration';

const gpu: Taint = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' };

describe('toleratesTaint (Toleration.ToleratesTaint, comparisons disabled)', () => {
  it.each<[string, Toleration, Taint, boolean]>([
    [
      'Equal with the same value',
      { key: 'dedicated', operator: 'Equal', value: 'gpu' },
      gpu,
      true,
    ],
    [
      'empty operator means Equal',
      { key: 'dedicated', value: 'gpu' },
      gpu,
      true,
    ],
    [
      'Equal with another value',
      { key: 'dedicated', operator: 'Equal', value: 'cpu' },
      gpu,
      false,
    ],
    [
      'Exists tolerates any value',
      { key: 'dedicated', operator: 'Exists' },
      gpu,
      true,
    ],
    [
      'empty key with Exists tolerates everything',
      { operator: 'Exists' },
      gpu,
      true,
    ],
    [
      'matching effect',
      { operator: 'Exists', effect: 'NoSchedule' },
      gpu,
      true,
    ],
    ['other effect', { operator: 'Exists', effect: 'NoExecute' }, gpu, false],
    ['other key', { key: 'team', operator: 'Exists' }, gpu, false],
    [
      'empty key with Equal matches by value only (quirk)',
      { operator: 'Equal', value: 'gpu' },
      gpu,
      true,
    ],
    [
      'two empty values are equal',
      { key: 'k' },
      { key: 'k', effect: 'NoSchedule' },
      true,
    ],
    [
      'Lt never matches',
      { key: 'dedicated', operator: 'Lt', value: '5' },
      gpu,
      false,
    ],
    [
      'an unknown operator never matches',
      { key: 'dedicated', operator: 'exists' },
      gpu,
      false,
    ],
  ])('%s', (_, toleration, taint, expected) => {
    expect(toleratesTaint(toleration, taint)).toBe(expected);
  });
});

describe('TaintToleration filter (SEMANTICS §4.2)', () => {
  function run(taints: Taint[], tolerations: Toleration[]) {
    const snapshot = createFleetSnapshot([makeCluster('c', { taints })]);
    const plugin = createTaintTolerationFilter({
      snapshot,
      placement: { clusterTolerations: tolerations },
      isWorkload: true,
      reasons: new ReasonCache(),
    });
    expect(plugin.filterAll()[0]).toBe(plugin.filter(0));
    return plugin.filter(0);
  }

  it.each<
    [string, Taint[], Toleration[], string | undefined, string | undefined]
  >([
    ['no taints', [], [], undefined, undefined],
    [
      'PreferNoSchedule is ignored',
      [{ key: 'k', effect: 'PreferNoSchedule' }],
      [],
      undefined,
      undefined,
    ],
    [
      'an untolerated NoSchedule taint',
      [gpu],
      [],
      'cluster(s) had untolerated taint {dedicated=gpu:NoSchedule}',
      'untolerated taint dedicated=gpu:NoSchedule',
    ],
    [
      'NoExecute counts too, printed without a value',
      [{ key: 'maintenance', effect: 'NoExecute' }],
      [],
      'cluster(s) had untolerated taint {maintenance:NoExecute}',
      'untolerated taint maintenance:NoExecute',
    ],
    [
      'the first untolerated taint in list order is reported',
      [gpu, { key: 'b', value: '2', effect: 'NoSchedule' }],
      [{ key: 'dedicated', operator: 'Exists' }],
      'cluster(s) had untolerated taint {b=2:NoSchedule}',
      'untolerated taint b=2:NoSchedule',
    ],
    [
      'the not-ready taint is named in plain words',
      [{ key: 'cluster.karmada.io/not-ready', effect: 'NoSchedule' }],
      [],
      'cluster(s) had untolerated taint {cluster.karmada.io/not-ready:NoSchedule}',
      'untolerated taint cluster.karmada.io/not-ready:NoSchedule (the cluster is not ready)',
    ],
    [
      'tolerationSeconds does not matter',
      [gpu],
      [{ key: 'dedicated', operator: 'Exists', tolerationSeconds: 1 }],
      undefined,
      undefined,
    ],
  ])('%s', (_, taints, tolerations, karmada, message) => {
    const failure = run(taints, tolerations);
    expect(failure?.karmada).toBe(karmada);
    expect(failure?.message).toBe(message);
  });
});
