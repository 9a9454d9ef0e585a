import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/console';

test('the REST API page lists every documented route, reachable from the sidebar', async ({ page }) => {
  const c = new ConsolePage(page);
  await c.open('/clusters/local');
  await page.getByRole('link', { name: 'REST API' }).click();
  await c.expectHeading('Fluxo REST API');
  const openapi = await (await page.request.get('/api/openapi.json')).json();
  const paths = Object.keys(openapi.paths);
  expect(paths.length).toBeGreaterThan(3);
  for (const p of paths) await expect(page.getByRole('cell', { name: p, exact: true }).first()).toBeVisible();
  await c.screenshot('api-docs');
});
