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

test('the API reference renders every route with its parameters and answers, and tries one on this origin', async ({ page }) => {
  const c = new ConsolePage(page);
  await c.open('/api-docs');
  await page.getByRole('link', { name: /Full reference/ }).click();
  await c.expectHeading('Fluxo API reference');
  const openapi = await (await page.request.get('/api/openapi.json')).json();
  const operations = Object.values(openapi.paths as Record<string, object>).reduce((n, ops) => n + Object.keys(ops).length, 0);
  const reference = page.locator('.swagger-ui');
  await expect(reference.locator('.opblock')).toHaveCount(operations);

  // One route, opened: its path parameter, its answers with their schemas, and a request against this server.
  const route = reference.locator('.opblock-get').filter({ has: page.locator('[data-path="/api/clusters/{cluster}/topics"]') }).first();
  await route.locator('.opblock-summary-control').click();
  await expect(route.locator('.parameters')).toContainText('cluster');
  await expect(route.locator('.responses-table')).toContainText('200');
  await expect(route.locator('.responses-table')).toContainText('503');
  await route.getByRole('button', { name: 'Try it out' }).click();
  await route.getByPlaceholder('cluster').fill('local');
  await route.getByRole('button', { name: 'Execute' }).click();
  const answer = route.locator('.live-responses-table');
  await expect(answer.locator('tbody .response-col_status').first()).toHaveText('200');
  const body = await answer.locator('tbody .response-col_description pre').first().innerText();
  expect(JSON.parse(body)).toMatchObject({ items: expect.any(Array), total: expect.any(Number) });
  await c.screenshot('api-reference');
});
