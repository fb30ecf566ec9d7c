import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  renderWorkload,
  renderedObjects,
} from '@karmada-backstage/plugin-karmada-common';
import { startEmulator } from './startEmulator';
import { Emulator } from './createEmulatorHandle';

// Every manifest the template would render from examples/workloads must be
// one a Karmada API server with strict field validation accepts: this is
// that API server's check (schemas derived from Karmada's CRDs), over HTTP.
const dir = join(__dirname, '../../../examples/workloads');
const examples = readdirSync(dir)
  .filter(f => f.endsWith('.yaml'))
  .sort();

function pathOf(o: {
  apiVersion?: string;
  kind?: string;
  metadata?: { namespace?: string };
}) {
  const plural: Record<string, string> = {
    Deployment: 'deployments',
    PropagationPolicy: 'propagationpolicies',
    OverridePolicy: 'overridepolicies',
  };
  const base = o.apiVersion === 'v1' ? '/api/v1' : `/apis/${o.apiVersion}`;
  return `${base}/namespaces/${o.metadata?.namespace}/${plural[o.kind ?? '']}`;
}

describe('examples/workloads under strict field validation', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    // No example seed: the examples reuse its workload names.
    emulator = await startEmulator({ port: 0, readyAfterMs: 0, seed: false });
    // The namespaces the examples use must exist, as on a real server.
    const namespaces = new Set(
      examples.map(
        f => parse(readFileSync(join(dir, f), 'utf8')).namespace as string,
      ),
    );
    for (const name of namespaces) {
      await fetch(`${emulator.url}/api/v1/namespaces`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name },
        }),
      });
    }
  });
  afterAll(() => emulator.close());

  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)('%s renders objects the API server accepts', async file => {
    const rendered = renderWorkload(
      parse(readFileSync(join(dir, file), 'utf8')),
      {
        initiator: 'user:default/guest',
        template: 'template:default/multicloud-workload',
      },
    );
    for (const object of renderedObjects(rendered)) {
      const res = await fetch(
        `${emulator.url}${pathOf(object)}?fieldValidation=Strict&dryRun=All`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(object),
        },
      );
      const body = await res.json();
      expect({
        kind: object.kind,
        status: res.status,
        message: body.message,
      }).toEqual({
        kind: object.kind,
        status: 201,
        message: undefined,
      });
    }
  });

  it('would reject an unknown field (the check can fail)', async () => {
    const rendered = renderWorkload(
      parse(readFileSync(join(dir, examples[0]), 'utf8')),
    );
    const policy = {
      ...rendered.propagationPolicy,
      spec: { ...rendered.propagationPolicy.spec, placementt: {} },
    };
    const res = await fetch(
      `${emulator.url}${pathOf(policy)}?fieldValidation=Strict&dryRun=All`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(policy),
      },
    );
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain(
      'unknown field "spec.placementt"',
    );
  });
});
