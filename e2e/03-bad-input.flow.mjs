// A bad value: the field says what is wrong and Next does not move on.
import { expect } from './expect.mjs';

export async function run({ page, baseUrl, screenshot }) {
  await page.goto(`${baseUrl}/create/templates/default/multicloud-workload`);
  await page.getByText('Multicloud workload from an image').first().waitFor();
  const name = page.getByRole('textbox', { name: 'Namespace', exact: true });
  await name.click();
  await name.fill('team-a');
  await page.getByRole('option', { name: 'team-a' }).first().click();
  await page.getByLabel('Workload name').fill('Bad_Name');
  await page.getByLabel('Replicas').fill('2');
  await page
    .getByRole('combobox', { name: 'Clusters' })
    .or(page.getByRole('textbox', { name: 'Clusters' }))
    .first()
    .click();
  await page
    .getByRole('option', { name: /aws-us-east-1-prod/ })
    .first()
    .click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Next' }).click();

  const error = page
    .getByText(/Workload name.*(lower ?case|RFC 1123|DNS)/i)
    .first();
  await error.waitFor();
  expect(await error.innerText(), 'error on the name field').toMatch(
    /Bad_Name|lower/i,
  );
  // Still on the first step: its heading is there and step 2's fields are not.
  await page.getByText('Expected placement').first().waitFor();
  expect(
    await page.getByRole('textbox', { name: /^Image/ }).count(),
    'image field of step 2',
  ).toBe(0);
  await screenshot('bad-input-blocked');
}
