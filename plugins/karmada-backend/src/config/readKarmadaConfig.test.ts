import { ConfigReader } from '@backstage/config';
import { readKarmadaConfig } from './readKarmadaConfig';

const read = (instances: unknown) =>
  readKarmadaConfig(new ConfigReader({ karmada: { instances } } as any));
const ok = {
  name: 'local',
  url: 'http://127.0.0.1:7443',
  auth: { type: 'none' },
};

describe('readKarmadaConfig', () => {
  it('reads instances with defaults; the first is the default', () => {
    const { instances } = read([
      ok,
      {
        name: 'prod',
        title: 'Production',
        url: 'https://karmada.example.com:5443/',
        auth: { type: 'serviceAccountToken' },
        namespaces: { allow: ['team-*'] },
        timeoutMs: 5000,
      },
    ]);
    expect(instances[0]).toMatchObject({
      name: 'local',
      title: 'local',
      isDefault: true,
      skipTLSVerify: false,
      timeoutMs: 10000,
      namespaces: { allow: [], deny: [] },
    });
    expect(instances[1]).toMatchObject({
      name: 'prod',
      url: 'https://karmada.example.com:5443',
      isDefault: false,
      auth: {
        type: 'serviceAccountToken',
        tokenFile: '/var/run/secrets/kubernetes.io/serviceaccount/token',
      },
      namespaces: { allow: ['team-*'], deny: [] },
      timeoutMs: 5000,
    });
  });

  it('lets kubeconfig auth omit the url', () => {
    expect(
      read([{ name: 'kc', auth: { type: 'kubeconfig', context: 'karmada' } }])
        .instances[0],
    ).toMatchObject({
      url: undefined,
      auth: { type: 'kubeconfig', context: 'karmada' },
    });
  });

  it.each([
    [
      'no instances',
      [],
      'karmada.instances: at least one instance is required',
    ],
    [
      'a bad auth type',
      [ok, { ...ok, name: 'b', auth: { type: 'oidc' } }],
      'karmada.instances[1].auth.type: must be one of none, bearerToken, serviceAccountToken, kubeconfig (got "oidc")',
    ],
    [
      'a missing token',
      [{ ...ok, auth: { type: 'bearerToken' } }],
      'karmada.instances[0].auth.token: is required for bearerToken auth',
    ],
    [
      'a duplicate name',
      [ok, ok],
      'karmada.instances[1].name: duplicate instance name "local" (also karmada.instances[0].name)',
    ],
    [
      'a bad URL',
      [{ ...ok, url: 'not a url' }],
      'karmada.instances[0].url: is not a valid URL',
    ],
    [
      'a non-http URL',
      [{ ...ok, url: 'ftp://x' }],
      'karmada.instances[0].url: must be an http or https URL',
    ],
    [
      'credentials in the URL',
      [{ ...ok, url: 'https://u:p@x' }],
      'karmada.instances[0].url: must not contain credentials; use auth',
    ],
    [
      'a missing URL',
      [{ name: 'x', auth: { type: 'none' } }],
      'karmada.instances[0].url: is required (only kubeconfig auth may omit it)',
    ],
    [
      'a bad name',
      [{ ...ok, name: 'Local:1' }],
      'karmada.instances[0].name: "Local:1" must be a DNS label',
    ],
    [
      'no auth',
      [{ name: 'x', url: 'http://x' }],
      'karmada.instances[0].auth: is required',
    ],
    [
      'a bad timeout',
      [{ ...ok, timeoutMs: -1 }],
      'karmada.instances[0].timeoutMs: must be a positive number of milliseconds',
    ],
    [
      'a wrongly typed field',
      [{ ...ok, namespaces: { allow: 'team-*' } }],
      'karmada.instances[0].namespaces.allow: has the wrong type',
    ],
  ])('names the key for %s', (_what, instances, message) => {
    expect(() => read(instances)).toThrow(message);
  });

  it('never echoes a token in its messages', () => {
    expect(() =>
      read([
        {
          ...ok,
          name: 'x',
          auth: { type: 'bearerToken', token: 'sekret' },
          url: 'bad',
        },
      ]),
    ).toThrow(
      expect.objectContaining({
        message: expect.not.stringContaining('sekret'),
      }),
    );
  });
});
