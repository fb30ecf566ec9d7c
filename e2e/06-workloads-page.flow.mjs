// The Multicloud workloads page (/karmada, "Multicloud" in the
// sidebar) lists every Karmada workload the portal can see: the seeded
// web-frontend (team-a) and checkout-api (team-b), and the ones flows 02
// (demo-app) and 05 (api-automation) created. Each row shows its instance
// and namespace, its health and its replicas ready out of desired on each
// cluster of its ResourceBinding, exactly as the emulator has them. The
// Namespace filter narrows the table to that namespace's workloads.
import { expect } from './expect.mjs';

// The instance name of the emulator in e2e/app-config.e2e.yaml.
const INSTANCE = 'local';
// examples/emulator/seed.yaml: there whether or not other flows ran.
const SEEDED = ['team-a/web-frontend', 'team-b/checkout-api'];
// Created by flows 02 and 05 when they run before this one.
const CREATED = ['team-a/demo-app', 'team-b/api-automation'];

async function get(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return res.json();
}

// Every Deployment in the emulator with its ResourceBinding, once all of
// them are applied and fully ready, so the health the page must show is
// Healthy and the ready counts are final (the page polls only every 30 s).
async function settledWorkloads(emulatorUrl) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { items: deployments } = await get(
      `${emulatorUrl}/apis/apps/v1/deployments`,
    );
    const { items: bindings } = await get(
      `${emulatorUrl}/apis/work.karmada.io/v1alpha2/resourcebindings`,
    );
    const workloads = deployments
      // The instance's config denies these namespaces to the portal.
      .filter(d => !/^(kube|karmada)-/.test(d.metadata.namespace))
      .map(d => ({
        key: `${d.metadata.namespace}/${d.metadata.name}`,
        name: d.metadata.name,
        namespace: d.metadata.namespace,
        binding: bindings.find(
          b =>
            b.metadata.namespace === d.metadata.namespace &&
            b.spec?.resource?.kind === 'Deployment' &&
            b.spec?.resource?.name === d.metadata.name,
        ),
      }));
    const ready = workloads.every(({ binding }) =>
      binding?.spec?.clusters?.length
        ? binding.spec.clusters.every(t => {
            const s = binding.status?.aggregatedStatus?.find(
              a => a.clusterName === t.name,
            );
            return (
              s?.applied && (s.status?.readyReplicas ?? 0) >= (t.replicas ?? 0)
            );
          })
        : false,
    );
    if (ready) return workloads.sort((a, b) => a.key.localeCompare(b.key));
    if (Date.now() > deadline)
      throw new Error('the emulator workloads did not become ready in 60 s');
    await new Promise(r => setTimeout(r, 500));
  }
}

// What a row must say for a ready workload: instance / namespace, Healthy,
// the replica total and one "<cluster>: <ready> of <desired> ready" per
// cluster of its binding.
function expectedRow(w) {
  const clusters = w.binding.spec.clusters.map(
    t => `${t.name}: ${t.replicas} of ${t.replicas} ready`,
  );
  const total = w.binding.spec.clusters.reduce((n, t) => n + t.replicas, 0);
  return {
    workload: w.name,
    location: `${INSTANCE} / ${w.namespace}`,
    health: 'Healthy',
    ready: `${total} of ${total} replicas ready`,
    clusters: clusters.sort(),
  };
}

// Rows in a stable order: the table's own order is not what is checked.
const byLocation = rows =>
  [...rows].sort((a, b) =>
    `${a.location} ${a.workload}`.localeCompare(`${b.location} ${b.workload}`),
  );

// The table's body rows as the same shape, read by column header so the
// column order does not matter.
async function tableRows(table) {
  // textContent, not innerText: the headers are upper-cased by CSS only.
  const headers = (await table.getByRole('columnheader').allTextContents()).map(
    h => h.trim(),
  );
  const col = title => {
    const i = headers.indexOf(title);
    if (i < 0) throw new Error(`no "${title}" column in ${headers}`);
    return i;
  };
  const rows = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('cell') });
  const out = [];
  for (const row of await rows.all()) {
    const cells = row.getByRole('cell');
    // The Workload cell has the name first, then the image.
    const workload = (await cells.nth(col('Workload')).innerText())
      .split('\n')[0]
      .trim();
    const chips = await cells
      .nth(col('Clusters'))
      .getByLabel(/: \d+ of \d+ ready\b/)
      .all();
    out.push({
      workload,
      location: (
        await cells.nth(col('Instance / namespace')).innerText()
      ).trim(),
      health: (await cells.nth(col('Health')).innerText()).trim(),
      ready: await cells
        .nth(col('Ready'))
        .getByRole('img')
        .getAttribute('aria-label'),
      // The chip's accessible name ends with the cluster state (", healthy").
      clusters: (
        await Promise.all(
          chips.map(async c =>
            (await c.getAttribute('aria-label')).replace(/, [^,]*$/, ''),
          ),
        )
      ).sort(),
    });
  }
  return byLocation(out);
}

export async function run({ page, baseUrl, screenshot, log, emulatorUrl }) {
  const workloads = await settledWorkloads(emulatorUrl);
  const keys = workloads.map(w => w.key);
  for (const key of SEEDED) {
    expect(keys.includes(key), `seeded workload ${key} in the emulator`).toBe(
      true,
    );
  }
  const created = CREATED.filter(k => keys.includes(k));
  log(
    `workloads in the emulator: ${keys.join(', ')}${
      created.length < CREATED.length ? ' (flows 02/05 did not all run)' : ''
    }`,
  );

  // Reach the page the way a user does: from the sidebar.
  await page.goto(baseUrl);
  await page.getByRole('link', { name: 'Multicloud', exact: true }).click();
  await page.waitForURL(/\/karmada\/?(\?.*)?$/);
  await page
    .getByRole('heading', { name: 'Multicloud workloads', level: 1 })
    .waitFor();

  // All of them, each with its instance/namespace, health and clusters.
  const table = page.getByRole('main').getByRole('table');
  await page
    .getByRole('heading', { name: `Workloads (${workloads.length})` })
    .waitFor();
  expect(await tableRows(table), 'rows of the workloads table').toEqual(
    byLocation(workloads.map(expectedRow)),
  );
  await screenshot('workloads-page');

  // One filter: Namespace team-b. Only team-b's workloads stay.
  const filters = page.getByRole('search', { name: 'Filter workloads' });
  await filters.getByRole('button', { name: /^Namespace\b/ }).click();
  await page.getByRole('option', { name: 'team-b', exact: true }).click();
  // The menu fades out; let it go before the screenshot.
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
  // The filter is kept in the URL, so the filtered view can be shared.
  await page.waitForURL(/[?&]namespace=team-b\b/);
  const teamB = workloads.filter(w => w.namespace === 'team-b');
  await page
    .getByRole('heading', { name: `Workloads (${teamB.length})` })
    .waitFor();
  expect(await tableRows(table), 'rows filtered to team-b').toEqual(
    byLocation(teamB.map(expectedRow)),
  );
  await screenshot('workloads-page-team-b');
}
