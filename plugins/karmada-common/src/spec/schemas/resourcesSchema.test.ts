import {
  isNonOvercommittable,
  resourceNameError,
  resourcePairIssues,
} from './resourcesSchema';

// Table rows give a pattern for the reason, or undefined when the value is valid.
const like = (pattern: RegExp | undefined) =>
  pattern ? expect.stringMatching(pattern) : undefined;

describe('resource names', () => {
  it.each([
    ['cpu', false, undefined],
    ['memory', false, undefined],
    ['ephemeral-storage', false, undefined],
    ['hugepages-2Mi', true, undefined],
    ['nvidia.com/gpu', true, undefined],
    ['example.com/foo', true, undefined],
    ['gpu', false, /not a standard resource/],
    [
      'Example.com/foo',
      true,
      /prefix part must be a lowercase RFC 1123 subdomain/,
    ],
  ])('%s: non-overcommittable %p', (name, nonOvercommittable, error) => {
    expect(isNonOvercommittable(name)).toBe(nonOvercommittable);
    expect(resourceNameError(name)).toEqual(like(error));
  });
});

describe('resourcePairIssues', () => {
  it.each([
    ['request below limit', { cpu: '250m' }, { cpu: '1' }, []],
    ['request equal to limit', { memory: '1Gi' }, { memory: '1024Mi' }, []],
    ['request without a limit', { cpu: '4' }, undefined, []],
    [
      'request above limit',
      { memory: '2Gi' },
      { memory: '1Gi' },
      [['requests', 'memory']],
    ],
    [
      'GPU request without limit',
      { 'nvidia.com/gpu': 1 },
      undefined,
      [['limits', 'nvidia.com/gpu']],
    ],
    [
      'GPU request below limit',
      { 'nvidia.com/gpu': 1 },
      { 'nvidia.com/gpu': 2 },
      [['requests', 'nvidia.com/gpu']],
    ],
    ['GPU only limited', undefined, { 'nvidia.com/gpu': 2 }, []],
    [
      'invalid quantities are left to the quantity check',
      { cpu: 'lots' },
      { cpu: '1' },
      [],
    ],
  ])('%s', (_what, requests, limits, paths) => {
    expect(resourcePairIssues(requests, limits).map(i => i.path)).toEqual(
      paths,
    );
  });
});
