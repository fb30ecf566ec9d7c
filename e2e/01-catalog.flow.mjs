// Guest sign-in and the catalog: the example components and templates are there.
export async function run({ page, baseUrl, screenshot }) {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Enter' }).click();
  await page.getByRole('link', { name: 'Catalog' }).first().waitFor();
  await page.getByText('web-frontend').first().waitFor();
  await page.getByText('checkout-api').first().waitFor();
  await screenshot('catalog');
}
