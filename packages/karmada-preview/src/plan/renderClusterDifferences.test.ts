import {
  renderChange,
  renderClusterDifferences,
} from './renderClusterDifferences';
import { ClusterPlan } from './types';

const policy = {
  kind: 'OverridePolicy' as const,
  namespace: 'team-b',
  name: 'checkout-api',
};
const imageChange: ClusterPlan['changes'][number] = {
  path: '/spec/template/spec/containers/0/image',
  op: 'replace',
  before: 'ghcr.io/example/checkout-api:2.4.1',
  after: 'europe-docker.pkg.dev/example/mirror/checkout-api:2.4.1',
  displayPath: 'spec.template.spec.containers[api].image',
  policy,
  ruleIndex: 1,
  overrider: 'imageOverrider',
  overriderIndex: 0,
};
const base: ClusterPlan = {
  name: 'gcp-us-central1-prod',
  replicas: 3,
  changes: [],
  appliedPolicies: [],
  manifest: {},
};

describe('renderChange', () => {
  it.each<[string, Partial<ClusterPlan['changes'][number]>, string]>([
    [
      'a replaced string',
      {},
      '~ spec.template.spec.containers[api].image: ghcr.io/example/checkout-api:2.4.1 → europe-docker.pkg.dev/example/mirror/checkout-api:2.4.1   (OverridePolicy team-b/checkout-api, overrideRules[1], imageOverrider[0])',
    ],
    [
      'an added label of a ClusterOverridePolicy',
      {
        op: 'add',
        before: undefined,
        after: 'canary',
        displayPath: 'metadata.labels.track',
        policy: { kind: 'ClusterOverridePolicy', name: 'tracks' },
        ruleIndex: 0,
        overrider: 'labelsOverrider',
      },
      '+ metadata.labels.track: canary   (ClusterOverridePolicy tracks, overrideRules[0], labelsOverrider[0])',
    ],
    [
      'a removed object, as JSON',
      {
        op: 'remove',
        before: { name: 'DEBUG', value: '1' },
        after: undefined,
        displayPath: 'spec.template.spec.containers[api].env[DEBUG]',
        overrider: 'plaintext',
        overriderIndex: 2,
      },
      '- spec.template.spec.containers[api].env[DEBUG]: {"name":"DEBUG","value":"1"}   (OverridePolicy team-b/checkout-api, overrideRules[1], plaintext[2])',
    ],
    [
      'a number',
      { before: 3, after: 2, displayPath: 'spec.replicas' },
      '~ spec.replicas: 3 → 2   (OverridePolicy team-b/checkout-api, overrideRules[1], imageOverrider[0])',
    ],
  ])('renders %s', (_, change, line) => {
    expect(renderChange({ ...imageChange, ...change })).toBe(line);
  });
});

describe('renderClusterDifferences', () => {
  it.each<[string, Partial<ClusterPlan>, string[]]>([
    [
      'a cluster that gets the template',
      {},
      ['gcp-us-central1-prod (3 replicas): same as the template'],
    ],
    [
      'a cluster that differs by its replica count only',
      { replicas: 1, replicaRevision: { before: 8, after: 1 } },
      [
        'gcp-us-central1-prod (1 replica): same as the template, apart from replicas: 8 → 1 (scheduling)',
      ],
    ],
    [
      'override changes, after the replica revision',
      { replicaRevision: { before: 8, after: 3 }, changes: [imageChange] },
      [
        'gcp-us-central1-prod (3 replicas)',
        '  replicas: 8 → 3 (scheduling)',
        '  ~ spec.template.spec.containers[api].image: ghcr.io/example/checkout-api:2.4.1 → europe-docker.pkg.dev/example/mirror/checkout-api:2.4.1   (OverridePolicy team-b/checkout-api, overrideRules[1], imageOverrider[0])',
      ],
    ],
    [
      'a failed override',
      {
        manifest: undefined,
        error: {
          reason: 'ImageOverrideError',
          message:
            'OverridePolicy team-b/x rule 0 imageOverrider:\ninvalid reference format',
        },
      },
      [
        'gcp-us-central1-prod (3 replicas): gets no manifest, the overrides fail (ImageOverrideError): OverridePolicy team-b/x rule 0 imageOverrider: invalid reference format',
      ],
    ],
    [
      'a count that depends on the tie-break',
      { possibleReplicas: [2, 3] },
      [
        'gcp-us-central1-prod (3 replicas; 2 or 3 depending on the tie-break): same as the template',
      ],
    ],
  ])('renders %s', (_, cluster, lines) => {
    expect(renderClusterDifferences({ ...base, ...cluster })).toEqual(lines);
  });
});
