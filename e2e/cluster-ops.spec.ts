import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/console';

const unique = (prefix: string) => `${prefix}-${Math.random().toString(16).slice(2, 10)}`;

test.describe('cluster operations', () => {
  test('shows sizes on disk on the overview, brokers and broker pages', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open('/clusters/three');
    await expect(c.stat('On disk')).toContainText(/\d+(\.\d+)? (B|KiB|MiB|GiB)/);
    await c.screenshot('overview-sizes');

    await c.nav('Brokers').click();
    const disk = page.getByRole('region', { name: 'Disk usage' });
    await expect(disk.getByRole('row')).toHaveCount(4);
    await expect(disk.getByRole('cell', { name: 'online' })).toHaveCount(3);
    await c.screenshot('brokers-disk');
    await page.emulateMedia({ colorScheme: 'dark' });
    await c.screenshot('brokers-disk-dark');
  });

  test("edits a broker's dynamic config after a review, and shows Kafka's description and human values", async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open('/clusters/three/brokers/3');
    await c.expectHeading('Broker 3');
    const configs = page.getByRole('region', { name: 'Configuration' });
    await page.getByRole('searchbox', { name: 'Filter configuration by name' }).fill('log.retention.hours');
    await expect(configs.getByRole('cell', { name: 'log.retention.hours', exact: true })).toBeVisible();
    await expect(configs.getByText('7 d', { exact: true })).toBeVisible();
    await expect(configs.getByText(/number of hours to keep a log file/i)).toBeVisible();

    await test.step('set log.cleaner.backoff.ms on broker 3', async () => {
      await configs.getByRole('button', { name: 'Edit configuration' }).click();
      const dialog = page.getByRole('dialog', { name: "Change broker 3's configuration" });
      await dialog.getByLabel('Configuration name').fill('log.cleaner.backoff.ms');
      await dialog.getByLabel('New value').fill('30000');
      await expect(dialog.getByText('reads as 30 s')).toBeVisible();
      await c.screenshot('broker-config-edit');
      await dialog.getByRole('button', { name: 'Review change' }).click();
      const review = page.getByRole('dialog', { name: 'Review the change' });
      await expect(review).toContainText('to 30000 (30 s)');
      await review.getByRole('button', { name: 'Apply change' }).click();
      await expect(review).toBeHidden();
      await page.getByRole('searchbox', { name: 'Filter configuration by name' }).fill('log.cleaner.backoff.ms');
      await expect(configs.getByRole('cell', { name: 'dynamic (this broker)' })).toBeVisible();
    });

    await test.step('remove the override again', async () => {
      await configs.getByRole('button', { name: 'Edit configuration' }).click();
      const dialog = page.getByRole('dialog', { name: "Change broker 3's configuration" });
      await dialog.getByLabel('Configuration name').fill('log.cleaner.backoff.ms');
      await dialog.getByRole('button', { name: 'Remove override' }).click();
      await page.getByRole('dialog', { name: 'Review the change' }).getByRole('button', { name: 'Apply change' }).click();
      await expect(configs.getByRole('cell', { name: 'dynamic (this broker)' })).toHaveCount(0);
    });
    await c.screenshot('broker-config-docs');
  });

  test('shows a topic’s size per partition and replica', async ({ page, request }) => {
    const c = new ConsolePage(page);
    const name = unique('sized-e2e');
    const created = await request.post('/api/clusters/three/topics', { data: { name, partitions: 2, replicationFactor: 3, configs: {} } });
    expect(created.status()).toBe(201);
    await c.open(`/clusters/three/topics/${name}`);
    const sizes = page.getByRole('region', { name: 'Size on disk' });
    await expect(sizes.getByRole('row')).toHaveCount(3);
    await expect(c.stat('On disk')).toContainText('B');
    await c.screenshot('topic-sizes');
  });

  test('creates an ACL, filters to it and deletes it after a preview', async ({ page }) => {
    const c = new ConsolePage(page);
    const topic = unique('acl-e2e');
    await c.open('/clusters/acl');
    await c.nav('ACLs').click();
    await c.expectHeading('ACLs');

    await test.step('create', async () => {
      await page.getByRole('button', { name: 'Create ACL' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create ACL' });
      await dialog.getByLabel('Principal').fill('User:e2e-reader');
      await dialog.getByLabel('Resource name').fill(topic);
      await dialog.getByRole('button', { name: 'Create ACL' }).click();
      await expect(dialog).toBeHidden();
    });

    await page.getByLabel('Resource name').fill(topic);
    const list = page.getByRole('region', { name: 'Access control list' });
    await expect(list.getByRole('cell', { name: 'User:e2e-reader', exact: true })).toBeVisible();
    await c.screenshot('acls');

    await test.step('delete the matching ACLs after the preview', async () => {
      await list.getByRole('button', { name: 'Delete matching' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete ACLs' });
      await expect(dialog.getByRole('cell', { name: topic })).toBeVisible();
      await c.screenshot('acls-delete-preview');
      await dialog.getByRole('button', { name: 'Delete 1 ACL' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText('No ACL matches the filter')).toBeVisible();
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await c.screenshot('acls-empty-dark');
  });

  test('says so when a cluster runs no authorizer', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open('/clusters/local/acls');
    await expect(page.getByRole('alert').filter({ hasText: 'runs no authorizer' })).toBeVisible();
    await c.screenshot('acls-no-authorizer');
  });

  test('sets a user quota after a review and shows it with units', async ({ page }) => {
    const c = new ConsolePage(page);
    const user = unique('e2e-user');
    await c.open('/clusters/three');
    await c.nav('Quotas').click();
    await c.expectHeading('Quotas');
    await page.getByRole('button', { name: 'New quota' }).click();
    const dialog = page.getByRole('dialog', { name: 'New client quota' });
    await dialog.getByLabel(/^User/).fill(user);
    await dialog.getByLabel(/^Produce rate/).fill('1048576');
    await dialog.getByRole('button', { name: 'Review' }).click();
    const review = page.getByRole('dialog', { name: 'Review quota change' });
    await expect(review).toContainText(`user ${user}`);
    await review.getByRole('button', { name: 'Apply quotas' }).click();
    await expect(review).toBeHidden();
    const row = page.getByRole('row', { name: new RegExp(`user ${user}`) });
    await expect(row.getByRole('cell', { name: '1 MiB/s' })).toBeVisible();
    await c.screenshot('quotas');
    await page.emulateMedia({ colorScheme: 'dark' });
    await c.screenshot('quotas-dark');
  });
});
