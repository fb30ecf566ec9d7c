import { Cluster, KubernetesObject, OverridePolicy } from '../types';
import { clusterEffectiveManifest } from './clusterEffectiveManifest';

const cluster: Cluster = { metadata: { name: 'member1' } };
const template: KubernetesObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'team-a' },
  spec: {
    replicas: 8,
    template: { spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } },
  },
};
const policy = (plaintext: object[]): OverridePolicy => ({
  apiVersion: 'policy.karmada.io/v1alpha1',
  kind: 'OverridePolicy',
  metadata: { name: 'p', namespace: 'team-a' },
  spec: { overrideRules: [{ overriders: { plaintext: plaintext as any } }] },
});

describe('clusterEffectiveManifest', () => {
  it.each([
    [
      'revises replicas to the cluster count',
      3,
      [],
      { before: 8, after: 3 },
      3,
    ],
    ['no revision when the count is the template’s', 8, [], undefined, 8],
    ['no revision when the count is unknown', undefined, [], undefined, 8],
  ])('%s', (_name, replicas, policies, revision, effective) => {
    const r = clusterEffectiveManifest(template, cluster, replicas, policies);
    expect(r.replicaRevision).toEqual(revision);
    expect((r.manifest?.spec as any).replicas).toBe(effective);
    expect(r.changes).toEqual([]);
  });

  it('lets an override see and change the revised count', () => {
    const r = clusterEffectiveManifest(template, cluster, 4, [
      policy([{ path: '/spec/replicas', operator: 'replace', value: 2 }]),
    ]);
    expect(r.replicaRevision).toEqual({ before: 8, after: 4 });
    expect(r.changes).toEqual([
      expect.objectContaining({ path: '/spec/replicas', before: 4, after: 2 }),
    ]);
    expect((r.manifest?.spec as any).replicas).toBe(2);
  });

  it('reports a failing override without a manifest', () => {
    const r = clusterEffectiveManifest(template, cluster, 4, [
      policy([{ path: '/spec/nothing/here', operator: 'remove' }]),
    ]);
    expect(r.manifest).toBeUndefined();
    expect(r.error?.reason).toBe('JSONPatchError');
  });

  it('does not touch the template', () => {
    clusterEffectiveManifest(template, cluster, 2, []);
    expect((template.spec as any).replicas).toBe(8);
  });
});
