// The checkout-api example: its Multicloud tab shows the clusters of its
// ResourceBinding, and each cluster's differences are exactly what
// `karmada-preview plan` computes for the same objects: the same clusters,
// and per cluster the same changed fields with the same template and
// cluster values and the same override rule; clusters plan finds unchanged
// say so.
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

  // Differences: the tab has one section per cluster of the plan, and each
  // section's change rows are exactly plan's changes for that cluster.
  await page.getByRole('tab', { name: /^Configuration/ }).click();
  const sections = page.getByRole('region', { name: /^Configuration on / });
  await sections.first().waitFor();
  expect(
    (
      await sections.evaluateAll(els =>
        els.map(e => e.getAttribute('aria-label')),
      )
    ).sort(),
    'clusters on the Configuration tab',
  ).toEqual(plan.clusters.map(c => `Configuration on ${c.name}`).sort());

  for (const c of plan.clusters) {
    const section = page.getByRole('region', {
      name: `Configuration on ${c.name}`,
    });
    const shown = await changeRows(section, c.name);
    expect(shown, `changes on ${c.name}`).toEqual(
      c.changes.map(expectedRow).sort(byPath),
    );
    const text = await section.innerText();
    if (c.error) {
      // Karmada creates no Work for this cluster; the tab says why.
      expect(text, `${c.name}: failing overrides`).toContain(c.error.message);
    } else if (c.changes.length === 0) {
      expect(text, `${c.name} without differences`).toContain(
        'Same as the template',
      );
    } else {
      // The section's heading counts the changes too.
      expect(text, `${c.name}: change count`).toMatch(
        new RegExp(`\\b${c.changes.length} changes?\\b`),
      );
      expect(
        text.includes('Same as the template'),
        `${c.name} said to be unchanged`,
      ).toBe(false);
    }
  }
  await screenshot('checkout-api-diff');
}

// A value in one line, as the tab prints it: strings as they are, the rest
// as JSON.
const show = v => (typeof v === 'string' ? v : JSON.stringify(v));

// A change of plan's JSON as the row the tab must show for it: the field
// (JSON pointer and readable path), the template's value (absent when the
// override adds the field), the cluster's value (absent when it removes
// it) and the OverridePolicy rule behind it.
function expectedRow(change) {
  const added = change.op === 'add' && change.before === undefined;
  const removed = change.op === 'remove';
  const { kind, namespace, name } = change.policy;
  return {
    path: change.path,
    displayPath: change.displayPath || change.path,
    before: added ? null : show(change.before),
    after: removed ? null : show(change.after),
    rule: `${kind} ${namespace ? `${namespace}/` : ''}${name} · overrideRules[${
      change.ruleIndex
    }] · ${change.overrider}[${change.overriderIndex}]`,
  };
}

const byPath = (a, b) =>
  `${a.path} ${a.rule}`.localeCompare(`${b.path} ${b.rule}`);

// The change rows of a cluster's section, read through the accessible
// structure of the list: the list "Changes on <cluster>" with one item per
// change; in an item the path carries the JSON pointer as its title, the
// template's value is labelled "was <value>", and the cluster's value is
// the rest of the first line. No list: no changes.
async function changeRows(section, cluster) {
  const list = section.getByRole('list', { name: `Changes on ${cluster}` });
  if ((await list.count()) === 0) return [];
  const rows = [];
  for (const item of await list.getByRole('listitem').all()) {
    const path = item.getByTitle(/^\//);
    const displayPath = (await path.innerText()).trim();
    const was = item.getByLabel(/^was /);
    const before =
      (await was.count()) > 0
        ? (await was.getAttribute('aria-label')).replace(/^was /, '')
        : null;
    const [line, ...rest] = (await item.innerText()).split('\n');
    // "<path> <before> → <after>", "<path> <after> (added)" or
    // "<path> <before> (removed)".
    let after = line.slice(displayPath.length).trim();
    if (before !== null) after = after.slice(before.length).trim();
    if (/\(removed\)$/.test(after)) after = null;
    else after = after.replace(/^→\s*/, '').replace(/\s*\(added\)$/, '');
    rows.push({
      path: await path.getAttribute('title'),
      displayPath,
      before,
      after,
      rule: rest.join(' ').trim().replace(/^by /, ''),
    });
  }
  return rows.sort(byPath);
}
