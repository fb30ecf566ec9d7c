// The multicloud-workload template through the scaffolder's own API, as a
// platform team's automation would run it: `/v2/dry-run` writes nothing
// and returns the rendered objects; `/v2/tasks` writes exactly the
// Deployment, the PropagationPolicy and (with a differential item) the
// OverridePolicy, and Karmada's ResourceBinding lands on the clusters the
// form's preview showed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect } from './expect.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAMESPACE = 'team-b';
const NAME = 'api-automation';

// What the template's form would hold after the steps: the placement field's
// value, the container, the advanced step and one differential item.
const VALUES = {
  workload: {
    instance: 'local',
    namespace: NAMESPACE,
    name: NAME,
    replicas: 5,
    placement: {
      mode: 'area',
      area: { providers: ['aws', 'gcp'], regions: [], zones: [] },
    },
    scheduling: { type: 'DynamicWeight' },
  },
  description: 'Created through the scaffolder API by the e2e test',
  container: {
    name: 'api',
    image: 'ghcr.io/example/api:1.0.0',
    imagePullPolicy: 'IfNotPresent',
    ports: [{ name: 'http', containerPort: 8080 }],
    resources: {
      requests: { cpu: '200m', memory: '256Mi' },
      limits: { cpu: '1', memory: '512Mi' },
    },
  },
  differential: [
    {
      clusters: ['aws-us-east-1-prod'],
      image: { tag: '1.0.1-canary' },
    },
  ],
};

async function call(url, init = {}) {
  const res = await fetch(url, init);
  const text = await res.text();
  if (!res.ok)
    throw new Error(
      `${init.method ?? 'GET'} ${url}: HTTP ${res.status} ${text}`,
    );
  return text ? JSON.parse(text) : undefined;
}

/** A guest's Backstage token, as the app gets it at sign-in. */
async function guestToken(baseUrl) {
  const body = await call(`${baseUrl}/api/auth/guest/refresh?env=development`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  return body.backstageIdentity.token;
}

/** Names of the objects of a kind in the namespace, from the emulator. */
async function names(emulatorUrl, path) {
  const list = await call(`${emulatorUrl}${path}`);
  return list.items.map(o => o.metadata.name).sort();
}

async function workloadObjects(emulatorUrl) {
  const ns = `namespaces/${NAMESPACE}`;
  const kinds = {
    Deployment: `/apis/apps/v1/${ns}/deployments`,
    PropagationPolicy: `/apis/policy.karmada.io/v1alpha1/${ns}/propagationpolicies`,
    OverridePolicy: `/apis/policy.karmada.io/v1alpha1/${ns}/overridepolicies`,
    ConfigMap: `/api/v1/${ns}/configmaps`,
    Secret: `/api/v1/${ns}/secrets`,
    Service: `/api/v1/${ns}/services`,
  };
  const out = [];
  for (const [kind, path] of Object.entries(kinds)) {
    for (const name of await names(emulatorUrl, path)) {
      out.push(`${kind}/${name}`);
    }
  }
  return out.sort();
}

async function waitFor(what, probe, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 250));
  }
}

export async function run({ baseUrl, emulatorUrl, log }) {
  const token = await guestToken(baseUrl);
  const headers = {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
  };
  const template = parse(
    readFileSync(
      join(root, 'examples/templates/multicloud-workload/template.yaml'),
      'utf8',
    ),
  );
  const before = await workloadObjects(emulatorUrl);

  // The preview the form's Review step shows for these values: the render
  // route, which previews with the container's requests.
  const spec = {
    instance: 'local',
    namespace: NAMESPACE,
    name: NAME,
    replicas: VALUES.workload.replicas,
    placement: VALUES.workload.placement,
    scheduling: VALUES.workload.scheduling,
    containers: [VALUES.container],
    differential: VALUES.differential,
  };
  const rendered = await call(`${baseUrl}/api/karmada/render`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ spec }),
  });
  const expected = rendered.preview.selected
    .filter(c => c.replicas > 0)
    .map(c => `${c.name}=${c.replicas}`)
    .sort()
    .join(',');
  log(`preview: ${expected}`);

  // Dry run: the scaffolder runs the action with ctx.isDryRun; nothing is written.
  const dry = await call(`${baseUrl}/api/scaffolder/v2/dry-run`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      template,
      values: VALUES,
      secrets: {},
      directoryContents: [],
    }),
  });
  const dryLog = dry.log.map(l => l.body.message).join('\n');
  for (const kind of ['Deployment', 'PropagationPolicy', 'OverridePolicy']) {
    expect(dryLog, 'dry-run log').toContain(
      `Dry run, nothing persisted: ${kind} ${NAMESPACE}/${NAME} would be created`,
    );
  }
  expect(
    await workloadObjects(emulatorUrl),
    'objects after the dry run',
  ).toEqual(before);

  // The task: exactly three objects more, all named after the workload.
  const { id } = await call(`${baseUrl}/api/scaffolder/v2/tasks`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      templateRef: 'template:default/multicloud-workload',
      values: VALUES,
    }),
  });
  const task = await waitFor(`task ${id}`, async () => {
    const t = await call(`${baseUrl}/api/scaffolder/v2/tasks/${id}`, {
      headers,
    });
    return ['completed', 'failed', 'cancelled'].includes(t.status)
      ? t
      : undefined;
  });
  if (task.status !== 'completed') {
    const events = await call(
      `${baseUrl}/api/scaffolder/v2/tasks/${id}/events`,
      { headers },
    );
    throw new Error(
      `task ${id} ${task.status}:\n${events
        .map(e => e.body?.message)
        .filter(Boolean)
        .join('\n')}`,
    );
  }
  const after = await workloadObjects(emulatorUrl);
  expect(
    after.filter(o => !before.includes(o)),
    'objects the task wrote',
  ).toEqual([
    `Deployment/${NAME}`,
    `OverridePolicy/${NAME}`,
    `PropagationPolicy/${NAME}`,
  ]);

  // Karmada's scheduling equals the preview.
  const binding = await waitFor(
    'the ResourceBinding to be scheduled',
    async () => {
      const res = await fetch(
        `${emulatorUrl}/apis/work.karmada.io/v1alpha2/namespaces/${NAMESPACE}/resourcebindings/${NAME}-deployment`,
      );
      if (!res.ok) return undefined;
      const b = await res.json();
      const scheduled = b.status?.conditions?.some(
        c => c.type === 'Scheduled' && c.status === 'True',
      );
      return scheduled ? b : undefined;
    },
  );
  const actual = binding.spec.clusters
    .filter(c => (c.replicas ?? 0) > 0)
    .map(c => `${c.name}=${c.replicas}`)
    .sort()
    .join(',');
  expect(actual, 'binding vs preview').toBe(expected);
  log(
    `task ${id} wrote ${
      after.length - before.length
    } objects; binding ${actual}`,
  );
}
