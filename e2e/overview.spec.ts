import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/console';

test.describe('cluster overview', () => {
  test('shows the local cluster with its broker, counts and leader chart', async ({ page }) => {
    const c = new ConsolePage(page);
    await test.step('open the console root', async () => {
      await c.open('/');
      await expect(page).toHaveURL(/\/clusters\/local$/);
    });
    await c.expectHeading('local');
    await expect(c.stat('Brokers')).toContainText('1');
    await expect(c.stat('Offline')).toContainText('0');
    await expect(page.getByText('reachable', { exact: true })).toBeVisible();
    const chart = page.getByRole('region', { name: 'Partition leaders per broker' });
    // An axis tick rather than a bar: a fresh cluster with no topics has bars of height zero.
    await expect(chart.locator('.recharts-cartesian-axis-tick-value', { hasText: 'Broker 1' })).toBeVisible();
    await c.screenshot('overview-light');
  });

  test('switches to the 3-node cluster and shows three brokers', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open('/clusters/local');
    await c.switchCluster('three');
    await expect(page).toHaveURL(/\/clusters\/three$/);
    await expect(c.stat('Brokers')).toContainText('3');
    const brokers = page.getByRole('region', { name: 'Brokers' }).getByRole('row');
    await expect(brokers).toHaveCount(4);
    await c.screenshot('overview-three-nodes');
  });

  test('explains an unreachable cluster and offers a retry', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open('/clusters/secured');
    const alert = page.getByRole('alert').filter({ hasText: 'Cluster unreachable' });
    await expect(alert).toContainText('ECONNREFUSED', { timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await c.screenshot('overview-unreachable');
  });

  test('follows the dark system theme', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    const c = new ConsolePage(page);
    await c.open('/clusters/three');
    await expect(c.stat('Brokers')).toContainText('3');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(15, 20, 26)');
    await c.screenshot('overview-dark');
    await context.close();
  });
});
