import { typedConversionError } from './typedConversion';

const deployment = (
  spec: Record<string, unknown>,
  metadata: Record<string, unknown> = { name: 'd' },
) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata,
  spec,
});
const withContainer = (container: Record<string, unknown>) =>
  deployment({ template: { spec: { containers: [container] } } });

describe('typedConversionError (unstructured → typed workload)', () => {
  it.each<[string, unknown]>([
    [
      'a valid deployment',
      deployment({
        replicas: 3,
        template: {
          metadata: { labels: { a: 'b' } },
          spec: { containers: [{ name: 'a', image: 'a' }] },
        },
      }),
    ],
    ['an integral float in an int field', deployment({ replicas: 3.0 })],
    [
      'null anywhere',
      deployment(
        { replicas: null, template: null },
        { name: null, creationTimestamp: null },
      ),
    ],
    [
      'unknown fields',
      deployment({
        flavour: 'x',
        template: { spec: { containers: [{ name: 'a', sidecarMode: 1 }] } },
      }),
    ],
    [
      'quantities as strings and numbers',
      withContainer({
        resources: {
          limits: { cpu: '500m', memory: '1Gi' },
          requests: { cpu: 0.5 },
        },
      }),
    ],
    [
      'intOrString values',
      deployment({
        strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
      }),
    ],
    [
      'an RFC 3339 time',
      deployment({}, { name: 'd', creationTimestamp: '2024-01-02T03:04:05Z' }),
    ],
  ])('accepts %s', (_name, resource) => {
    expect(typedConversionError(resource, 'Deployment')).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ['a string replica count', deployment({ replicas: '3' }), 'spec.replicas'],
    [
      'a fractional replica count',
      deployment({ replicas: 1.5 }),
      'spec.replicas',
    ],
    [
      'a number as a label value',
      deployment({}, { name: 'd', labels: { a: 1 } }),
      'metadata.labels.a',
    ],
    [
      'containers that are not a list',
      deployment({ template: { spec: { containers: {} } } }),
      'spec.template.spec.containers',
    ],
    [
      'a numeric image',
      withContainer({ image: 5 }),
      'spec.template.spec.containers[0].image',
    ],
    [
      'a bad quantity',
      withContainer({ resources: { limits: { cpu: 'lots' } } }),
      'limits.cpu',
    ],
    [
      'a boolean quantity',
      withContainer({ resources: { limits: { cpu: true } } }),
      'limits.cpu',
    ],
    [
      'a fractional intOrString',
      deployment({ strategy: { rollingUpdate: { maxSurge: 1.5 } } }),
      'maxSurge',
    ],
    [
      'a bad time',
      deployment({}, { name: 'd', creationTimestamp: 'yesterday' }),
      'creationTimestamp',
    ],
    [
      'a string where a struct is expected',
      withContainer({ livenessProbe: 'tcp' }),
      'livenessProbe',
    ],
  ])('rejects %s', (_name, resource, where) => {
    expect(typedConversionError(resource, 'Deployment')).toContain(where);
  });

  it('only checks the kinds the image overrider converts', () => {
    expect(
      typedConversionError(
        { kind: 'CronJob', spec: { schedule: 5 } },
        'CronJob',
      ),
    ).toBeUndefined();
    expect(
      typedConversionError({ kind: 'Pod', spec: { containers: 'x' } }, 'Pod'),
    ).toContain('spec.containers');
  });
});
