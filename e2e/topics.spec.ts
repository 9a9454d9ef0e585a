import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/console';
import { produce, TopicsPage, uniqueTopic } from './pages/topics';

test.describe('topics', () => {
  test('create, find, open, configure, grow, purge and delete a topic', async ({ page }) => {
    const c = new ConsolePage(page);
    const t = new TopicsPage(page);
    const name = uniqueTopic('e2e-orders');
    await c.open('/clusters/local');
    await c.nav('Topics').click();
    await c.expectHeading('Topics');

    await test.step('the form shows Kafka refusing an unknown config, in words', async () => {
      await page.getByRole('button', { name: 'Create topic' }).click();
      await t.createTopic({ name, partitions: 2, configs: 'retention.ms=86400000\nno.such.config=1' });
      await expect(t.dialog('Create topic').getByRole('alert')).toContainText(/Kafka refused: .*no\.such\.config/);
      await c.screenshot('topic-create-error');
    });

    await test.step('create the topic', async () => {
      await t.createTopic({ name, partitions: 2, configs: 'retention.ms=86400000' });
      await c.expectHeading(name);
      await expect(t.stat('Partitions')).toContainText('2');
    });

    await test.step('find it with the search box and open it', async () => {
      await page.getByRole('link', { name: 'Topics', exact: true }).first().click();
      await t.search(name);
      await expect(t.list().getByRole('row')).toHaveCount(2);
      await t.list().getByRole('link', { name }).click();
      await c.expectHeading(name);
    });

    produce(name, 40);
    await test.step('see the records per partition', async () => {
      await page.reload();
      await expect(t.stat('Messages')).toContainText('40');
      await expect(page.getByRole('region', { name: 'Messages per partition' }).locator('.recharts-bar-rectangle').first()).toBeVisible();
      await c.screenshot('topic-detail');
    });

    await test.step('edit a config', async () => {
      await t.tab('Configuration');
      await page.getByLabel('Configuration name').fill('retention.ms');
      await page.getByLabel('Value', { exact: true }).fill('3600000');
      await page.getByRole('button', { name: 'Save override' }).click();
      const configs = page.getByRole('region', { name: 'Configuration' });
      const row = configs.getByRole('row').filter({ has: page.getByRole('cell', { name: 'retention.ms', exact: true }) });
      await expect(row).toContainText('3600000');
      await expect(row).toContainText('dynamic (topic)');
      await expect(page.getByRole('button', { name: 'Remove override retention.ms' })).toBeVisible();
      await c.screenshot('topic-configs');
      await t.tab('Partitions');
    });

    await test.step('add partitions', async () => {
      await page.getByRole('button', { name: 'Add partitions' }).click();
      const dialog = t.dialog('Add partitions');
      await expect(dialog).toContainText('same key lands on a different partition');
      await dialog.getByLabel('New total number of partitions').fill('4');
      await dialog.getByRole('button', { name: 'Add partitions' }).click();
      await expect(t.stat('Partitions')).toContainText('4');
    });

    await test.step('purge every record', async () => {
      await page.getByRole('button', { name: 'Purge records' }).click();
      const dialog = t.dialog('Purge records');
      await expect(dialog).toContainText('40 records will be deleted');
      await dialog.getByRole('button', { name: 'Purge records' }).click();
      await expect(dialog).toBeHidden();
      await expect(t.stat('Messages')).toContainText('0');
    });

    await test.step('delete it after typing its name', async () => {
      await page.getByRole('button', { name: 'Delete topic' }).click();
      const dialog = t.dialog('Delete topic');
      const confirm = dialog.getByRole('button', { name: 'Delete topic' });
      await expect(confirm).toBeDisabled();
      await dialog.getByLabel('Type the topic name to confirm').fill(name.slice(0, -1));
      await expect(confirm).toBeDisabled();
      await dialog.getByLabel('Type the topic name to confirm').fill(name);
      await c.screenshot('topic-delete-confirm');
      await confirm.click();
      await c.expectHeading('Topics');
      await t.search(name);
      await expect(t.list()).toContainText(`No topic matches “${name}”`);
      await c.screenshot('topics-empty-search');
    });
  });

  test('keeps search, sort and page in the address and shows a very long name', async ({ page, request }) => {
    const t = new TopicsPage(page);
    const c = new ConsolePage(page);
    const long = uniqueTopic(`e2e-long-${'very-long-segment.'.repeat(12)}end`);
    expect((await request.post('/api/clusters/local/topics', { data: { name: long, partitions: 12, replicationFactor: 1 } })).status()).toBe(201);

    await t.openList('local', '?search=e2e-long&sort=partitions&order=desc');
    await expect(page.getByRole('searchbox', { name: 'Search topics' })).toHaveValue('e2e-long');
    await expect(page.getByRole('columnheader', { name: /Partitions/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(t.list().getByRole('link', { name: long })).toBeVisible();
    await page.getByRole('button', { name: 'Messages' }).click();
    await expect(page).toHaveURL(/sort=messages/);
    await page.getByRole('button', { name: 'Size on disk' }).click();
    await expect(page).toHaveURL(/sort=sizeBytes/);
    await expect(page.getByRole('columnheader', { name: /Size on disk/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(t.list().getByRole('row', { name: new RegExp(long) }).getByRole('cell', { name: /^\d+(\.\d+)? (B|KiB|MiB)$/ })).toBeVisible();
    await c.screenshot('topics-long-name');

    await t.openList('local');
    await c.screenshot('topics-list');
  });

  test('follows the dark system theme on list, detail and configuration', async ({ browser, request }) => {
    const name = uniqueTopic('e2e-dark');
    expect((await request.post('/api/clusters/three/topics', { data: { name, partitions: 6, replicationFactor: 3, configs: { 'cleanup.policy': 'compact' } } })).status()).toBe(201);
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    const c = new ConsolePage(page);
    const t = new TopicsPage(page);
    await t.openList('three');
    await expect(t.list().getByRole('link', { name })).toBeVisible();
    await c.screenshot('topics-list-dark');
    await t.list().getByRole('link', { name }).click();
    await expect(t.stat('Replication factor')).toContainText('3');
    await c.screenshot('topic-detail-dark');
    await t.tab('Configuration');
    await expect(page.getByRole('region', { name: 'Configuration' }).getByRole('cell', { name: 'cleanup.policy', exact: true })).toBeVisible();
    await c.screenshot('topic-configs-dark');
    await context.close();
  });
});
