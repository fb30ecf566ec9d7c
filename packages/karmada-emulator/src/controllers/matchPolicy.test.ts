import { PropagationPolicy } from '@karmada-backstage/plugin-karmada-common';
import { matchPolicy } from './matchPolicy';

const template = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'web',
    namespace: 'team-a',
    labels: { app: 'web', tier: 'fe' },
  },
};

function pp(
  name: string,
  selector: Record<string, unknown>,
  priority?: number,
): PropagationPolicy {
  return {
    metadata: { name, namespace: 'team-a' },
    spec: {
      resourceSelectors: [
        { apiVersion: 'apps/v1', kind: 'Deployment', ...selector },
      ],
      ...(priority !== undefined ? { priority } : {}),
    },
  };
}

describe('matchPolicy', () => {
  const byName = pp('z-by-name', { name: 'web' });
  const byLabel = pp('b-by-label', {
    labelSelector: { matchLabels: { tier: 'fe' } },
  });
  const all = pp('a-all', {});
  const other = pp('other', { name: 'api' });

  it('prefers a name match over a label selector over match-all', () => {
    expect(matchPolicy(template, [all, byLabel, byName])?.metadata.name).toBe(
      'z-by-name',
    );
    expect(matchPolicy(template, [all, byLabel])?.metadata.name).toBe(
      'b-by-label',
    );
    expect(matchPolicy(template, [other])).toBeUndefined();
  });

  it('puts explicit priority first', () => {
    expect(
      matchPolicy(template, [byName, pp('low-all', {}, 5)])?.metadata.name,
    ).toBe('low-all');
  });

  it('breaks remaining ties by name', () => {
    expect(
      matchPolicy(template, [pp('b', {}), pp('a', {})])?.metadata.name,
    ).toBe('a');
  });

  it('ignores other kinds and other namespaces', () => {
    expect(
      matchPolicy(template, [pp('ns', { namespace: 'team-b' })]),
    ).toBeUndefined();
    expect(
      matchPolicy(template, [
        {
          metadata: { name: 'svc' },
          spec: { resourceSelectors: [{ apiVersion: 'v1', kind: 'Service' }] },
        },
      ]),
    ).toBeUndefined();
  });
});
