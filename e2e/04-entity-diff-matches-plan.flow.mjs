// The checkout-api example: its Multicloud tab shows the clusters of its
// ResourceBinding, and each cluster's differences are what
// `karmada-preview plan` prints for the same objects.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from './expect.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function get(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return res.json();
}

export async function run({ page, baseUrl, screenshot, emulatorUrl }) {
  const api = `${emulatorUrl}/apis`;
  const [clusters, deployment, policy, overrides, binding] = await Promise.all([
    get(`${api}/cluster.karmada.io/v1alpha1/clusters`),
    get(`${api}/apps/v1/namespaces/team-b/deployments/checkout-api`),
    get(
      `${api}/policy.karmada.io/v1alpha1/namespaces/team-b/propagationpolicies/checkout-api`,
    ),
    get(
      `${api}/policy.karmada.io/v1alpha1/namespaces/team-b/overridepolicies/checkout-api`,
    ),
    get(
      `${api}/work.karmada.io/v1alpha2/namespaces/team-b/resourcebindings/checkout-api-deployment`,
    ),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'e2e-plan-'));
  const file = (name, o) => {
    writeFileSync(join(dir, name), JSON.stringify(o));
    return join(dir, name);
  };
  const plan = JSON.parse(
    execFileSync(
      process.execPath,
      [
        join(root, 'packages/karmada-preview/bin/karmada-preview'),
        'plan',
        '--clusters',
        file('clusters.json', clusters),
        '--policy',
        file('policy.json', {
          apiVersion: 'policy.karmada.io/v1alpha1',
          kind: 'PropagationPolicy',
          ...policy,
        }),
        '--overrides',
        file('overrides.json', {
          apiVersion: 'policy.karmada.io/v1alpha1',
          kind: 'OverridePolicy',
          ...overrides,
        }),
        file('deployment.json', {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          ...deployment,
        }),
        '-o',
        'json',
      ],
      { encoding: 'utf8' },
    ),
  );

  await page.goto(
    `${baseUrl}/catalog/default/component/checkout-api/multicloud`,
  );
  await page.getByText('Fully applied').first().waitFor();

  // Placement: the binding's clusters, as the tab lists them.
  const scheduled = binding.spec.clusters.filter(c => (c.replicas ?? 0) > 0);
  await page.getByRole('tab', { name: /^Clusters/ }).click();
  for (const c of scheduled) {
    const row = page.getByRole('row', { name: new RegExp(`^${c.name}\\b`) });
    await row.waitFor();
    expect(await row.innerText(), `row of ${c.name}`).toMatch(
      new RegExp(`\\b${c.replicas}\\b`),
    );
  }
  expect(
    plan.clusters
      .map(c => `${c.name}=${c.replicas}`)
      .sort()
      .join(','),
    'plan vs binding',
  ).toBe(
    scheduled
      .map(c => `${c.name}=${c.replicas}`)
      .sort()
      .join(','),
  );

  // Differences: every change plan prints appears on that cluster's section.
  await page.getByRole('tab', { name: /^Configuration/ }).click();
  for (const c of plan.clusters) {
    const section = page.getByRole('region', {
      name: `Configuration on ${c.name}`,
    });
    await section.waitFor();
    const text = await section.innerText();
    if (c.changes.length === 0) {
      expect(text, `${c.name} without differences`).toContain(
        'Same as the template',
      );
    }
    for (const change of c.changes) {
      expect(text, `${c.name}: ${change.displayPath}`).toContain(
        change.displayPath,
      );
      if (change.after !== undefined && typeof change.after !== 'object') {
        expect(text, `${c.name}: ${change.displayPath} value`).toContain(
          String(change.after),
        );
      }
    }
  }
  await screenshot('checkout-api-diff');
}
