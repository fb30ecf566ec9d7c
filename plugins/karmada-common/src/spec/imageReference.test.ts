import {
  formatImageReference,
  imageRegistryError,
  imageRepositoryError,
  imageTagError,
  parseImageReference,
} from './imageReference';

// Table rows give a pattern for the reason, or undefined when the value is valid.
const like = (pattern: RegExp | undefined) =>
  pattern ? expect.stringMatching(pattern) : undefined;

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('parseImageReference', () => {
  it.each([
    ['nginx', { registry: '', repository: 'nginx' }],
    ['nginx:1.25', { registry: '', repository: 'nginx', tag: '1.25' }],
    [
      'library/nginx:1.25',
      { registry: '', repository: 'library/nginx', tag: '1.25' },
    ],
    [
      'docker.io/library/nginx',
      { registry: 'docker.io', repository: 'library/nginx' },
    ],
    [
      'localhost/app:dev',
      { registry: 'localhost', repository: 'app', tag: 'dev' },
    ],
    [
      'fictional.registry.example:10443/team/app:v1',
      {
        registry: 'fictional.registry.example:10443',
        repository: 'team/app',
        tag: 'v1',
      },
    ],
    [
      'Registry.Example.com/app',
      { registry: 'Registry.Example.com', repository: 'app' },
    ],
    [`nginx@${DIGEST}`, { registry: '', repository: 'nginx', digest: DIGEST }],
    [
      `nginx:1.25@${DIGEST}`,
      { registry: '', repository: 'nginx', tag: '1.25', digest: DIGEST },
    ],
  ])('parses %s', (image, expected) => {
    expect(parseImageReference(image)).toEqual(expected);
  });

  it.each([
    ['nginx', 'nginx'],
    [
      'registry.example.com:5000/team/app:v1',
      'registry.example.com:5000/team/app:v1',
    ],
    [`nginx@${DIGEST}`, `nginx@${DIGEST}`],
    // Karmada prints the tag and drops the digest when both are given.
    [`nginx:1.25@${DIGEST}`, 'nginx:1.25'],
  ])('prints %s as %s', (image, printed) => {
    const parsed = parseImageReference(image);
    expect(
      formatImageReference(parsed as Exclude<typeof parsed, { error: string }>),
    ).toBe(printed);
  });

  it.each([
    ['', /must not be empty/],
    ['nginx :1.0', /must not contain whitespace/],
    ['Nginx:1.0', /uppercase repository/],
    ['MyOrg/nginx', /uppercase repository/],
    ['nginx:-bad', /not a valid image reference/],
    ['nginx@sha256:abc', /not a valid image reference/],
    [`nginx@sha256:${'A'.repeat(64)}`, /invalid digest/],
    [`nginx@md5:${'a'.repeat(32)}`, /invalid digest/],
    [`${'a'.repeat(256)}`, /longer than 255/],
  ])('rejects %j', (image, reason) => {
    const parsed = parseImageReference(image);
    expect(parsed).toEqual({ error: expect.stringMatching(reason) });
  });
});

describe('image component checks', () => {
  it.each([
    [imageTagError, 'v1.2.3', undefined],
    [imageTagError, '.hidden', /not a valid tag/],
    [imageTagError, 'x'.repeat(129), /not a valid tag/],
    [imageRegistryError, 'mirror.example.com:5000', undefined],
    [imageRegistryError, 'bad host', /not a valid registry host/],
    [imageRepositoryError, 'team/app', undefined],
    [imageRepositoryError, 'Team/app', /uppercase/],
    [imageRepositoryError, 'team//app', /not a valid repository path/],
  ] as const)('%p(%j)', (check, value, expected) => {
    expect(check(value)).toEqual(like(expected));
  });
});
