import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigReader } from '@backstage/config';
import { readKarmadaConfig } from './readKarmadaConfig';
import { verifyInstanceFiles } from './verifyInstanceFiles';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'karmada-config-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};
const kubeconfig = file(
  'kubeconfig',
  `apiVersion: v1
kind: Config
clusters: [{ name: karmada, cluster: { server: 'https://karmada.example.com:5443' } }]
users: [{ name: admin, user: { token: abc } }]
contexts:
  - { name: karmada-apiserver, context: { cluster: karmada, user: admin } }
  - { name: other, context: { cluster: karmada, user: admin } }
current-context: karmada-apiserver
`,
);
const token = file('token', 'abc');
const ca = file('ca.crt', '-----BEGIN CERTIFICATE-----\n');
const missing = path.join(dir, 'missing');

const verify = (instance: Record<string, unknown>) =>
  verifyInstanceFiles(
    readKarmadaConfig(
      new ConfigReader({
        karmada: {
          instances: [
            {
              name: 'ok',
              url: 'http://127.0.0.1:7443',
              auth: { type: 'none' },
            },
            { name: 'checked', ...instance },
          ],
        },
      }),
    ),
  );

describe('verifyInstanceFiles', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    {
      case: 'a kubeconfig path that does not exist',
      instance: { auth: { type: 'kubeconfig', path: missing } },
      error: `karmada.instances[1].auth.path: file "${missing}" does not exist`,
    },
    {
      case: 'a kubeconfig context that is not in the file',
      instance: {
        auth: { type: 'kubeconfig', path: kubeconfig, context: 'prod' },
      },
      error:
        'karmada.instances[1].auth.context: context "prod" is not in the kubeconfig (it has karmada-apiserver, other)',
    },
    {
      case: 'a kubeconfig that is not one',
      instance: { auth: { type: 'kubeconfig', path: file('bad', '[1, 2') } },
      error: 'karmada.instances[1].auth.path: is not a valid kubeconfig',
    },
    {
      case: 'a token file that does not exist',
      instance: {
        url: 'https://karmada:5443',
        auth: { type: 'serviceAccountToken', tokenFile: missing },
      },
      error: `karmada.instances[1].auth.tokenFile: file "${missing}" does not exist`,
    },
    {
      case: 'a CA file that does not exist',
      instance: {
        url: 'https://karmada:5443',
        auth: { type: 'none' },
        caFile: missing,
      },
      error: `karmada.instances[1].caFile: file "${missing}" does not exist`,
    },
  ])('refuses $case, naming the key', ({ instance, error }) => {
    expect(() => verify(instance)).toThrow(error);
  });

  it.each([
    {
      case: 'a kubeconfig with a context it has',
      instance: {
        auth: { type: 'kubeconfig', path: kubeconfig, context: 'other' },
      },
    },
    {
      case: 'a token file and a CA file that exist',
      instance: {
        url: 'https://karmada:5443',
        auth: { type: 'serviceAccountToken', tokenFile: token },
        caFile: ca,
      },
    },
  ])('accepts $case', ({ instance }) => {
    expect(() => verify(instance)).not.toThrow();
  });
});
