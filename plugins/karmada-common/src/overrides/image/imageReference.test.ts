import {
  ImageReferenceError,
  formatImage,
  parseImage,
  setTagOrDigest,
  splitHostname,
} from './imageReference';

const SHA256 = `sha256:${'ab'.repeat(32)}`;

describe('parseImage (distribution/reference Parse without normalisation)', () => {
  it.each([
    ['nginx', { hostname: '', repository: 'nginx', tag: '', digest: '' }],
    [
      'library/nginx:1.25',
      { hostname: '', repository: 'library/nginx', tag: '1.25', digest: '' },
    ],
    [
      'docker.io/library/nginx',
      {
        hostname: 'docker.io',
        repository: 'library/nginx',
        tag: '',
        digest: '',
      },
    ],
    [
      'localhost/app',
      { hostname: 'localhost', repository: 'app', tag: '', digest: '' },
    ],
    [
      'localhost:5000/a/b:c',
      { hostname: 'localhost:5000', repository: 'a/b', tag: 'c', digest: '' },
    ],
    [
      '10.10.10.10:10443/x/y',
      { hostname: '10.10.10.10:10443', repository: 'x/y', tag: '', digest: '' },
    ],
    [
      '[::1]:5000/app',
      { hostname: '[::1]:5000', repository: 'app', tag: '', digest: '' },
    ],
    [
      'REGISTRY.IO/app',
      { hostname: 'REGISTRY.IO', repository: 'app', tag: '', digest: '' },
    ],
    [
      'sub/path/img:V1',
      { hostname: '', repository: 'sub/path/img', tag: 'V1', digest: '' },
    ],
    [
      `app@${SHA256}`,
      { hostname: '', repository: 'app', tag: '', digest: SHA256 },
    ],
    [
      `r.io/app:v1@${SHA256}`,
      { hostname: 'r.io', repository: 'app', tag: 'v1', digest: '' },
    ],
    [
      `app@sha512:${'c'.repeat(128)}`,
      {
        hostname: '',
        repository: 'app',
        tag: '',
        digest: `sha512:${'c'.repeat(128)}`,
      },
    ],
  ])('%s', (image, expected) => {
    expect(parseImage(image)).toEqual(expected);
  });

  it.each([
    ['', 'repository name must have at least one component'],
    ['Nginx', 'repository name must be lowercase'],
    ['a/B:tag', 'repository name must be lowercase'],
    ['a b', 'invalid reference format'],
    [':tag', 'invalid reference format'],
    [`a:${'t'.repeat(129)}`, 'invalid reference format'],
    [
      `h.io/${'a'.repeat(256)}`,
      'repository name must not be more than 255 characters',
    ],
    ['app@sha256:abc', 'invalid reference format'],
    [`app@sha256:${'AB'.repeat(32)}`, 'invalid checksum digest format'],
    [
      `app@sha256:${'a'.repeat(63)}0${'a'.repeat(2)}`,
      'invalid checksum digest length',
    ],
    [`app@md5:${'c'.repeat(32)}`, 'unsupported digest algorithm'],
  ])('rejects %j', (image, message) => {
    expect(() => parseImage(image)).toThrow(ImageReferenceError);
    expect(() => parseImage(image)).toThrow(message);
  });
});

describe('splitHostname', () => {
  it.each([
    ['nginx', '', 'nginx'],
    ['library/nginx', '', 'library/nginx'],
    ['my.registry/a/b', 'my.registry', 'a/b'],
    ['registry:5000/a', 'registry:5000', 'a'],
    ['localhost/a', 'localhost', 'a'],
    ['localhostx/a', '', 'localhostx/a'],
  ])('%s', (name, hostname, repository) => {
    expect(splitHostname(name)).toEqual({ hostname, repository });
  });
});

describe('setTagOrDigest and formatImage', () => {
  const base = { hostname: 'h.io', repository: 'app', tag: 'v1', digest: '' };
  it.each([
    ['a tag replaces the tag', 'v2', 'h.io/app:v2'],
    ['a digest replaces the tag', SHA256, `h.io/app@${SHA256}`],
    ['an "@"-prefixed digest is ignored', `@${SHA256}`, 'h.io/app:v1'],
    ['an invalid tag is ignored', 'bad tag', 'h.io/app:v1'],
    ['a short hex digest is ignored', 'sha256:abc', 'h.io/app:v1'],
  ])('%s', (_name, input, expected) => {
    expect(formatImage(setTagOrDigest(base, input))).toBe(expected);
  });

  it.each([
    [{ hostname: '', repository: 'app', tag: '', digest: '' }, 'app'],
    [{ hostname: 'h.io', repository: '', tag: 'v1', digest: '' }, 'h.io/:v1'],
    [{ hostname: '', repository: '', tag: 'v1', digest: '' }, ':v1'],
    [
      { hostname: 'h', repository: 'r', tag: '', digest: SHA256 },
      `h/r@${SHA256}`,
    ],
  ])('formats %j', (components, expected) => {
    expect(formatImage(components)).toBe(expected);
  });
});
