import { ImageOverrider, KubernetesObject } from '../../types';
import { OverrideError } from '../OverrideError';
import { buildImagePatches, overrideImage } from './imageOverrider';

const SHA = `sha256:${'0'.repeat(64)}`;

describe('overrideImage', () => {
  it.each<[string, string, ImageOverrider, string]>([
    [
      'Registry add concatenates',
      'fictional.registry.example/app:v1',
      { component: 'Registry', operator: 'add', value: '.test' },
      'fictional.registry.example.test/app:v1',
    ],
    [
      'Registry add without a host makes one',
      'app:v1',
      { component: 'Registry', operator: 'add', value: 'r.io' },
      'r.io/app:v1',
    ],
    [
      'Registry replace',
      'a.io/app',
      { component: 'Registry', operator: 'replace', value: 'b.io' },
      'b.io/app',
    ],
    [
      'Registry remove ignores the value',
      'a.io/app:v1',
      { component: 'Registry', operator: 'remove', value: 'x' },
      'app:v1',
    ],
    [
      'no docker.io defaulting: Registry remove on a bare name',
      'nginx',
      { component: 'Registry', operator: 'remove' },
      'nginx',
    ],
    [
      'Repository add',
      'h/sub/imagename:v1',
      { component: 'Repository', operator: 'add', value: '/nginx' },
      'h/sub/imagename/nginx:v1',
    ],
    [
      'Repository replace keeps host and tag',
      'h.io:5000/a:v1',
      { component: 'Repository', operator: 'replace', value: 'b/c' },
      'h.io:5000/b/c:v1',
    ],
    [
      'Repository remove leaves a dangling host',
      'h.io/a:v1',
      { component: 'Repository', operator: 'remove' },
      'h.io/:v1',
    ],
    [
      'Tag add appends to the tag',
      'app:v1',
      { component: 'Tag', operator: 'add', value: '-debug' },
      'app:v1-debug',
    ],
    [
      'Tag add appends to a digest when there is no tag (unvalidated)',
      `app@${SHA}`,
      { component: 'Tag', operator: 'add', value: 'ab' },
      `app@${SHA}ab`,
    ],
    [
      'Tag add producing an invalid tag changes nothing',
      'app:v1',
      { component: 'Tag', operator: 'add', value: ' x' },
      'app:v1',
    ],
    [
      'Tag replace with a digest switches to the digest',
      'app:v1',
      { component: 'Tag', operator: 'replace', value: SHA },
      `app@${SHA}`,
    ],
    [
      'Tag replace with "@digest" changes nothing',
      'app:v1',
      { component: 'Tag', operator: 'replace', value: `@${SHA}` },
      'app:v1',
    ],
    [
      'Tag remove removes the tag',
      'app:v1',
      { component: 'Tag', operator: 'remove' },
      'app',
    ],
    [
      'tag and digest together: the digest is dropped',
      `app:v1@${SHA}`,
      { component: 'Tag', operator: 'add', value: '' },
      'app:v1',
    ],
    [
      'an unknown operator changes nothing',
      'app:v1',
      { component: 'Tag', operator: 'merge', value: 'x' },
      'app:v1',
    ],
  ])('%s', (_name, image, overrider, expected) => {
    expect(overrideImage(image, overrider)).toBe(expected);
  });

  it.each<[string, string, ImageOverrider]>([
    ['an unknown component', 'app', { component: 'Port', operator: 'add' }],
    ['an empty image', '', { component: 'Tag', operator: 'add' }],
    ['an uppercase repository', 'App', { component: 'Tag', operator: 'add' }],
  ])('fails on %s', (_name, image, overrider) => {
    expect(() => overrideImage(image, overrider)).toThrow(
      expect.objectContaining({ reason: 'ImageOverrideError' }),
    );
  });
});

const deployment = (
  containers: unknown[],
  extra: Record<string, unknown> = {},
): KubernetesObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'd' },
  spec: {
    template: {
      spec: {
        containers,
        initContainers: [{ name: 'init', image: 'busybox' }],
      },
    },
    ...extra,
  },
});
const tagV2: ImageOverrider = {
  component: 'Tag',
  operator: 'replace',
  value: 'v2',
};

describe('buildImagePatches', () => {
  it('rewrites every container of a pod template, never init containers', () => {
    expect(
      buildImagePatches(
        deployment([
          { name: 'a', image: 'a:v1' },
          { name: 'b', image: 'b' },
        ]),
        tagV2,
      ),
    ).toEqual([
      {
        op: 'replace',
        path: '/spec/template/spec/containers/0/image',
        value: 'a:v2',
      },
      {
        op: 'replace',
        path: '/spec/template/spec/containers/1/image',
        value: 'b:v2',
      },
    ]);
  });

  it.each([
    [
      'Pod',
      { spec: { containers: [{ name: 'a', image: 'a' }] } },
      '/spec/containers/0/image',
    ],
    [
      'Job',
      {
        spec: {
          template: { spec: { containers: [{ name: 'a', image: 'a' }] } },
        },
      },
      '/spec/template/spec/containers/0/image',
    ],
    [
      'StatefulSet',
      {
        spec: {
          template: { spec: { containers: [{ name: 'a', image: 'a' }] } },
        },
      },
      '/spec/template/spec/containers/0/image',
    ],
  ])('uses the pod spec of a %s', (kind, body, path) => {
    expect(buildImagePatches({ kind, ...body }, tagV2)).toEqual([
      { op: 'replace', path, value: 'a:v2' },
    ]);
  });

  it.each(['CronJob', 'ConfigMap', 'Widget'])(
    'leaves a %s alone without a predicate',
    kind => {
      expect(
        buildImagePatches(
          { kind, spec: { containers: [{ image: 'a' }] } },
          tagV2,
        ),
      ).toEqual([]);
    },
  );

  it('reaches any path with a predicate, e.g. an init container or a CronJob', () => {
    const cronJob = {
      kind: 'CronJob',
      spec: {
        jobTemplate: {
          spec: {
            template: { spec: { containers: [{ name: 'c', image: 'c:v1' }] } },
          },
        },
      },
    };
    const path = '/spec/jobTemplate/spec/template/spec/containers/0/image';
    expect(
      buildImagePatches(cronJob, { ...tagV2, predicate: { path } }),
    ).toEqual([{ op: 'replace', path, value: 'c:v2' }]);
    const init = '/spec/template/spec/initContainers/0/image';
    expect(
      buildImagePatches(deployment([]), {
        ...tagV2,
        predicate: { path: init },
      }),
    ).toEqual([{ op: 'replace', path: init, value: 'busybox:v2' }]);
  });

  it.each([
    ['a missing intermediate', '/spec/template/spec/sidecars/0/image'],
    ['an index out of range', '/spec/template/spec/containers/5/image'],
    ['a non-numeric index', '/spec/template/spec/containers/x/image'],
    ['a non-string target', '/spec/template/spec/containers/0'],
    ['a path without a leading slash', 'spec/template/spec/containers/0/image'],
  ])('fails with ImageOverrideError on %s', (_name, path) => {
    expect(() =>
      buildImagePatches(deployment([{ name: 'a', image: 'a' }]), {
        ...tagV2,
        predicate: { path },
      }),
    ).toThrow(expect.objectContaining({ reason: 'ImageOverrideError' }));
  });

  it('fails on a container without image, and on an unknown component only when there is a container', () => {
    expect(() => buildImagePatches(deployment([{ name: 'a' }]), tagV2)).toThrow(
      OverrideError,
    );
    expect(
      buildImagePatches(deployment([]), { component: 'Port', operator: 'add' }),
    ).toEqual([]);
  });

  it('fails with InvalidResource when the workload does not convert to its typed form', () => {
    expect(() =>
      buildImagePatches(
        deployment([{ name: 'a', image: 'a' }], { replicas: '3' }),
        tagV2,
      ),
    ).toThrow(expect.objectContaining({ reason: 'InvalidResource' }));
  });
});
