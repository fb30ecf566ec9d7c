import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import https from 'node:https';
import { KarmadaInstanceOptions } from '../config';
import { createKubeConfig } from './createKubeConfig';

const base: KarmadaInstanceOptions = {
  name: 'k',
  title: 'k',
  url: 'https://karmada.example.com:5443',
  auth: { type: 'none' },
  skipTLSVerify: false,
  namespaces: { allow: [], deny: [] },
  timeoutMs: 1000,
  isDefault: true,
};

async function headersOf(options: KarmadaInstanceOptions) {
  const kc = createKubeConfig(options);
  const opts: https.RequestOptions = { headers: {} };
  await kc.applyToHTTPSOptions(opts);
  return { kc, headers: opts.headers as Record<string, string>, opts };
}

describe('createKubeConfig', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'karmada-kc-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('sends a static bearer token', async () => {
    const { headers } = await headersOf({
      ...base,
      auth: { type: 'bearerToken', token: 't0k' },
    });
    expect(headers.Authorization).toBe('Bearer t0k');
  });

  it('reads a service account token file', async () => {
    const file = path.join(dir, 'token');
    fs.writeFileSync(file, 'from-file');
    const { headers } = await headersOf({
      ...base,
      auth: { type: 'serviceAccountToken', tokenFile: file },
    });
    expect(headers.Authorization).toBe('Bearer from-file');
  });

  it('uses a kubeconfig context, its server when no url is set, and its user', async () => {
    const file = path.join(dir, 'config');
    fs.writeFileSync(
      file,
      [
        'apiVersion: v1',
        'kind: Config',
        'current-context: other',
        'clusters:',
        '- name: karmada',
        '  cluster: { server: "https://karmada-apiserver:5443" }',
        '- name: other',
        '  cluster: { server: "https://other:6443" }',
        'users:',
        '- name: admin',
        '  user: { token: kubeconfig-token }',
        'contexts:',
        '- name: karmada-ctx',
        '  context: { cluster: karmada, user: admin }',
        '- name: other',
        '  context: { cluster: other, user: admin }',
      ].join('\n'),
    );
    const { kc, headers } = await headersOf({
      ...base,
      url: undefined,
      auth: { type: 'kubeconfig', path: file, context: 'karmada-ctx' },
    });
    expect(kc.getCurrentCluster()?.server).toBe(
      'https://karmada-apiserver:5443',
    );
    expect(headers.Authorization).toBe('Bearer kubeconfig-token');
    expect(() =>
      createKubeConfig({
        ...base,
        auth: { type: 'kubeconfig', path: file, context: 'nope' },
      }),
    ).toThrow('context "nope" not found');
  });

  it('accepts a PEM CA and allows plain http (the emulator)', async () => {
    const pem =
      '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const { kc } = await headersOf({ ...base, caData: pem });
    expect(
      Buffer.from(kc.getCurrentCluster()?.caData ?? '', 'base64').toString(
        'utf8',
      ),
    ).toBe(pem);
    expect(
      createKubeConfig({
        ...base,
        url: 'http://127.0.0.1:7443',
      }).getCurrentCluster()?.skipTLSVerify,
    ).toBe(true);
  });
});
