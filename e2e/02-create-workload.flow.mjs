// The developer's flow: fill every step of the "Multicloud workload from an
// image" template for the demo-app component, read the live preview, create,
// follow the link to the component's Multicloud tab (placement and
// per-cluster differences), and find the workload on the Multicloud card of
// the component's Overview.
import { expect } from './expect.mjs';
import { expectedPlacement } from './engine.mjs';

const TEMPLATE = '/create/templates/default/multicloud-workload';

// What the form below describes, in Karmada's terms.
const PLACEMENT = {
  clusterAffinity: {
    labelSelector: {
      matchExpressions: [{ key: 'tier', operator: 'In', values: ['gold'] }],
    },
    exclude: ['gcp-europe-west4-prod'],
  },
  clusterTolerations: [
    { key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' },
  ],
  replicaScheduling: {
    replicaSchedulingType: 'Divided',
    replicaDivisionPreference: 'Weighted',
    weightPreference: { dynamicWeight: 'AvailableReplicas' },
  },
};

async function pickAutocomplete(page, label, option) {
  const input = page.getByRole('textbox', { name: label, exact: true });
  await input.click();
  await input.fill(option);
  await page
    .getByRole('option', { name: option, exact: false })
    .first()
    .click();
}

// The form re-renders as the live preview answers; retry a check that lands
// in the middle of one.
async function check(locator) {
  for (let i = 0; i < 5; i++) {
    if (await locator.isChecked()) return;
    await locator.click().catch(() => {});
    await locator.page().waitForTimeout(300);
  }
  if (!(await locator.isChecked()))
    throw new Error(`could not check ${locator}`);
}

export async function run({ page, baseUrl, screenshot, log, emulatorUrl }) {
  await page.goto(`${baseUrl}${TEMPLATE}`);
  await page.getByText('Multicloud workload from an image').first().waitFor();

  // Step 1: basic information and placement (Specify labels).
  await pickAutocomplete(page, 'Namespace', 'team-a');
  await page.getByLabel('Workload name').fill('demo-app');
  await page.getByLabel('Replicas').fill('6');
  await page.getByRole('tab', { name: 'Specify labels' }).click();
  await page.getByRole('button', { name: /add label condition/i }).click();
  await pickAutocomplete(page, 'Label key', 'tier');
  await page.getByLabel('Operator').click();
  await page.getByRole('option', { name: 'equal', exact: true }).click();
  await pickAutocomplete(page, 'Value', 'gold');
  await page.getByText('Advanced placement').click();
  await pickAutocomplete(page, 'Exclude clusters', 'gcp-europe-west4-prod');
  await page.keyboard.press('Escape');
  await check(page.getByLabel(/^dedicated=gpu:NoSchedule/));
  await check(page.getByRole('radio', { name: 'Dynamic weight' }));
  await pickAutocomplete(page, 'Catalog component', 'demo-app');

  // The live preview: the clusters the engine picks for this placement over
  // the emulator's fleet (computed here independently of the portal), and
  // the excluded cluster with its reason.
  const expected = await expectedPlacement(emulatorUrl, PLACEMENT, 6);
  const preview = page.locator('text=Expected placement').locator('..');
  for (const c of expected) {
    await preview
      .getByRole('row', {
        name: new RegExp(`^${c.name}\\b.*\\b${c.replicas}\\b`),
      })
      .waitFor();
  }
  await page
    .getByText(`Total: 6 replicas in ${expected.length} clusters`)
    .waitFor();
  const left = page
    .getByText('gcp-europe-west4-prod', { exact: true })
    .last()
    .locator('..');
  expect(await left.innerText(), 'left-out gcp-europe-west4-prod').toContain(
    'excluded by name',
  );
  await screenshot('placement');
  await screenshot('placement-field', page.locator('form').first());
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 2: the container, with a readiness probe and a preStop hook.
  await page.getByRole('textbox', { name: /^Image/ }).fill('nginx:1.27');
  await page.getByRole('textbox', { name: 'cpu request' }).fill('250m');
  await page.getByRole('textbox', { name: 'memory request' }).fill('256Mi');
  await check(page.locator('[id$="lifecycle-preStop-enabled"]'));
  await page.locator('[id$="lifecycle-preStop-kind"]').click();
  await page.getByRole('option', { name: /sleep/i }).click();
  await page.locator('[id$="lifecycle-preStop-seconds"]').fill('5');
  await page.getByRole('tab', { name: /Readiness/ }).click();
  await check(page.locator('[id$="readinessProbe-enabled"]'));
  await page.locator('[id$="readinessProbe-path"]').fill('/');
  await page.locator('[id$="readinessProbe-port"]').fill('80');
  await screenshot('container');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 3: advanced, with DNS options.
  await page.getByText('DNS configuration').waitFor();
  await page.getByTitle('Add Item').last().click(); // DNS options
  await page.locator('#root_advanced_dnsConfig_options_0_name').fill('ndots');
  await page.locator('#root_advanced_dnsConfig_options_0_value').fill('2');
  await screenshot('advanced');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 4: one differential item for one cluster: a different image tag.
  await page
    .getByRole('button', { name: 'Add differential configuration' })
    .click();
  await pickAutocomplete(page, 'Target clusters', 'alibaba-cn-hangzhou-gpu');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Image', exact: true }).click();
  await page.getByRole('textbox', { name: 'Tag' }).fill('1.27-alpine');
  await page
    .getByText('containers[main].image: nginx:1.27 → nginx:1.27-alpine')
    .first()
    .waitFor();
  await screenshot('differential');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 5: review: the placement now counts the container's requests.
  const final = await expectedPlacement(emulatorUrl, PLACEMENT, 6, {
    resourceRequest: { cpu: '250m', memory: '256Mi' },
  });
  await page.getByText('Per-cluster differences').waitFor();
  for (const c of final) {
    await page
      .getByRole('row', {
        name: new RegExp(`^${c.name}\\b.*\\b${c.replicas}\\b`),
      })
      .waitFor();
  }
  await page.getByText('kind: OverridePolicy').waitFor();
  await screenshot('review');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  // The task runs karmada:workload:create; its link opens the Multicloud tab.
  const link = page.getByRole('link', { name: 'Where it runs' });
  await link.waitFor({ timeout: 90_000 });
  await screenshot('task-done');
  await link.click();
  await page.waitForURL(/\/catalog\/default\/component\/demo-app\/multicloud/);
  log(
    `created; placement expected ${final
      .map(c => `${c.name}=${c.replicas}`)
      .join(', ')}`,
  );

  // The Multicloud tab shows what Karmada scheduled: the ResourceBinding.
  const binding = await waitForBinding(
    emulatorUrl,
    'team-a',
    'demo-app-deployment',
  );
  const scheduled = binding.spec.clusters.filter(c => (c.replicas ?? 0) > 0);
  expect(
    scheduled
      .map(c => `${c.name}=${c.replicas}`)
      .sort()
      .join(','),
    'binding vs preview',
  ).toBe(
    final
      .map(c => `${c.name}=${c.replicas}`)
      .sort()
      .join(','),
  );
  await page.getByRole('tab', { name: /^Clusters/ }).click();
  for (const c of scheduled) {
    await page
      .getByRole('row', { name: new RegExp(`^${c.name}\\b`) })
      .waitFor();
  }
  await page.getByText('Fully applied').first().waitFor();
  await screenshot('multicloud-tab');

  // And how each cluster differs: only the targeted cluster gets the new tag.
  await page.getByRole('tab', { name: /^Configuration/ }).click();
  const diffs = page.getByRole('tabpanel');
  await diffs.getByText('alibaba-cn-hangzhou-gpu').first().waitFor();
  const text = await diffs.innerText();
  expect(text, 'diff of alibaba-cn-hangzhou-gpu').toContain(
    'nginx:1.27-alpine',
  );
  expect(text, 'diff of the other clusters').toContain('Same as the template');
  await screenshot('multicloud-diff');

  await checkOverviewCard(page, emulatorUrl, scheduled, screenshot);
}

// The entity's Overview tab carries the Multicloud card (EntityKarmadaCard):
// the workload just created, its ready/desired replicas in total and per
// cluster, for every cluster Karmada scheduled it on and no other.
async function checkOverviewCard(page, emulatorUrl, scheduled, screenshot) {
  // Wait for the emulator to report every replica ready, so the card's
  // figures are final when the page loads (the card polls only every 30 s).
  await waitForBinding(emulatorUrl, 'team-a', 'demo-app-deployment', b =>
    b.spec.clusters.every(t => {
      const s = b.status?.aggregatedStatus?.find(a => a.clusterName === t.name);
      return s?.applied && (s.status?.readyReplicas ?? 0) >= (t.replicas ?? 0);
    }),
  );
  await page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: 'Overview', exact: true })
    .click();
  await page.waitForURL(/\/catalog\/default\/component\/demo-app\/?$/);

  // The card by its title and subheader, wherever the layout puts it (the
  // Overview has other cards: About, relations).
  const card = page
    .getByRole('main')
    .locator('article, .MuiCard-root')
    .filter({ has: page.getByText('Multicloud', { exact: true }) })
    .filter({ has: page.getByText('Where this runs on Karmada') })
    .last();
  await card.waitFor();
  // The workload's line: its name, then instance/namespace and cluster count.
  await card
    .getByText(`local/team-a · ${scheduled.length} clusters`, { exact: true })
    .waitFor();
  expect(await card.innerText(), 'the Multicloud card').toContain('demo-app');
  const total = scheduled.reduce((n, c) => n + c.replicas, 0);
  await card
    .getByRole('img', { name: `${total} of ${total} replicas ready` })
    .waitFor();
  // One chip per scheduled cluster, named "<cluster>: <ready> of <desired>
  // ready, <state>" for screen readers.
  for (const c of scheduled) {
    await card
      .getByLabel(
        new RegExp(`^${c.name}: ${c.replicas} of ${c.replicas} ready\\b`),
      )
      .waitFor();
  }
  expect(
    await card.getByLabel(/^[a-z0-9-]+: \d+ of \d+ ready\b/).count(),
    'cluster chips on the card',
  ).toBe(scheduled.length);
  await screenshot('multicloud-card', card);
}

// The workload's ResourceBinding once scheduled (and, with `done`, once
// `done(binding)` holds).
async function waitForBinding(emulatorUrl, namespace, name, done = () => true) {
  const url = `${emulatorUrl}/apis/work.karmada.io/v1alpha2/namespaces/${namespace}/resourcebindings/${name}`;
  for (let i = 0; i < 60; i++) {
    const res = await fetch(url);
    if (res.ok) {
      const binding = await res.json();
      if (binding.spec?.clusters?.length && done(binding)) return binding;
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(
    `ResourceBinding ${namespace}/${name} not scheduled or not ready`,
  );
}
