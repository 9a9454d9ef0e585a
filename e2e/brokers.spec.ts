import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/console';

test.describe('brokers', () => {
  test('lists brokers and opens one to see its configuration', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open('/clusters/three');
    await c.nav('Brokers').click();
    await c.expectHeading('Brokers');
    await expect(page.getByRole('link', { name: /^Broker \d$/ })).toHaveCount(3);
    await c.screenshot('brokers');

    await test.step('open broker 2', async () => {
      await page.getByRole('link', { name: 'Broker 2' }).click();
      await c.expectHeading('Broker 2');
    });
    const configs = page.getByRole('region', { name: 'Configuration' });
    await expect(configs.getByRole('cell', { name: 'log.dirs', exact: true })).toBeVisible();

    await test.step('filter to overrides named "listeners"', async () => {
      await page.getByRole('searchbox', { name: 'Filter configuration by name' }).fill('listeners');
      await page.getByLabel('Overrides only').check();
      await expect(configs.getByRole('cell', { name: 'advertised.listeners', exact: true })).toBeVisible();
      await expect(configs.getByRole('cell', { name: 'log.dirs', exact: true })).toHaveCount(0);
    });
    await c.screenshot('broker-config');
  });
});
