import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startTestBackendWithKarmada,
  TEST_TOKEN,
} from './__testUtils__/startTestBackendWithKarmada';
import { startTestKarmada } from './__testUtils__/startTestKarmada';
import { webSpec } from './__testUtils__/fleet';
import { ca, clientCert, clientKey } from './karmada/__testUtils__/tls';

jest.setTimeout(60_000);

const KUBECONFIG_TOKEN = 'kubeconfig-secret-token-456';
const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

// Every form a PEM could leak in: whole, base64 of the whole (as in a
// kubeconfig's *-data fields), and each line of its body (a truncated or
// re-wrapped copy).
function forms(pem: string): string[] {
  return [
    pem.trim(),
    base64(pem),
    ...pem.split('\n').filter(l => l && !l.startsWith('-----')),
  ];
}

// A kubeconfig with a bearer token and a client certificate and key, whose
// current context is the second emulator; context `down` has no server
// listening, so its errors show up in responses too.
function writeKubeconfig(dir: string, server: string): string {
  const file = path.join(dir, 'kubeconfig');
  fs.writeFileSync(
    file,
    [
      'apiVersion: v1',
      'kind: Config',
      'current-context: karmada',
      'clusters:',
      '- name: karmada',
      `  cluster: { server: "${server}", certificate-authority-data: "${base64(
        ca,
      )}" }`,
      '- name: down',
      '  cluster: { server: "http://127.0.0.1:9" }',
      'users:',
      '- name: admin',
      '  user:',
      `    token: ${KUBECONFIG_TOKEN}`,
      `    client-certificate-data: ${base64(clientCert)}`,
      `    client-key-data: ${base64(clientKey)}`,
      'contexts:',
      '- name: karmada',
      '  context: { cluster: karmada, user: admin }',
      '- name: down',
      '  context: { cluster: down, user: admin }',
    ].join('\n'),
  );
  return file;
}

describe('no credential in any response', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'karmada-credentials-'));
  let other: Awaited<ReturnType<typeof startTestKarmada>>;
  let t: Awaited<ReturnType<typeof startTestBackendWithKarmada>>;

  beforeAll(async () => {
    other = await startTestKarmada();
    const kubeconfig = writeKubeconfig(dir, other.emulator.url);
    t = await startTestBackendWithKarmada({
      // `local`: bearer token and a CA given inline as PEM.
      instance: { caData: ca },
      instances: [
        {
          name: 'kc',
          title: 'From a kubeconfig',
          auth: { type: 'kubeconfig', path: kubeconfig },
          namespaces: { allow: ['team-*'] },
          timeoutMs: 2000,
        },
        {
          name: 'kc-down',
          title: 'From a kubeconfig, unreachable',
          auth: { type: 'kubeconfig', path: kubeconfig, context: 'down' },
          timeoutMs: 300,
        },
      ],
    });
    await t.ready('local');
    await t.ready('kc');
  });
  afterAll(async () => {
    await t?.stop();
    await other?.emulator.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves both instances through their credentials, and never returns one', async () => {
    // The unreachable instance has failed at least once, so its error is
    // in the responses below.
    for (let i = 0; i < 100; i++) {
      const res = await t.api.get('/instances');
      if (res.body.items.find((x: any) => x.name === 'kc-down')?.status.error)
        break;
      await new Promise(r => setTimeout(r, 20));
    }
    // A workload on each reachable instance, so placement answers in full.
    for (const instance of ['local', 'kc']) {
      const applied = await t.api.post('/apply', {
        spec: webSpec({ instance }),
      });
      expect([instance, applied.status]).toEqual([instance, 200]);
    }
    await Promise.all([t.emulator.settled(), other.emulator.settled()]);
    await new Promise(r => setTimeout(r, 200));

    const gets: Array<[string, number]> = [
      ['/health', 503],
      ['/instances', 200],
      ['/clusters', 200],
      ['/facets', 200],
      ['/namespaces', 200],
      ['/workloads', 200],
      ['/workloads?entity=web-frontend', 200],
      ['/workloads/local/team-a/web/placement', 200],
      ['/workloads/local/team-a/nope/placement', 404],
      ['/clusters?instance=nope', 400],
    ];
    for (const instance of ['local', 'kc', 'kc-down']) {
      const up = instance !== 'kc-down';
      gets.push(
        [`/clusters?instance=${instance}&cpu=500m&memory=1Gi`, up ? 200 : 503],
        [`/facets?instance=${instance}`, up ? 200 : 503],
        [`/namespaces?instance=${instance}`, up ? 200 : 503],
        [`/workloads?instance=${instance}`, 200],
        [`/workloads/${instance}/team-a/web/placement`, up ? 200 : 503],
      );
    }
    for (const [route, status] of gets) {
      const res = await t.api.get(route);
      expect([route, res.status]).toEqual([route, status]);
    }
    // The kubeconfig instance did answer from the second emulator.
    const kc = await t.api.get('/workloads/kc/team-a/web/placement');
    expect(kc.body).toMatchObject({
      managed: true,
      binding: { name: 'web-deployment' },
    });
    const down = (await t.api.get('/instances')).body.items.find(
      (x: any) => x.name === 'kc-down',
    );
    expect(down.status).toMatchObject({
      ready: false,
      error: expect.anything(),
    });

    const secrets = [
      TEST_TOKEN,
      KUBECONFIG_TOKEN,
      ...forms(ca),
      ...forms(clientCert),
      ...forms(clientKey),
    ];
    const all = t.bodies.join('\n');
    expect(t.bodies.length).toBeGreaterThanOrEqual(gets.length + 2);
    for (const secret of secrets) expect(all).not.toContain(secret);
  });
});
