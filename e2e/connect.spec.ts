import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/console';

const connect = JSON.parse(process.env.FLUXO_TEST_CONNECT ?? '{}') as { url: string; filesDir: string };
const name = `e2e-file-source-${randomBytes(3).toString('hex')}`;
const topic = `${name}-lines`;

async function connectorStatus(connector: string): Promise<{ status: number; state?: string }> {
  const res = await fetch(`${connect.url}/connectors/${connector}/status`);
  if (res.status !== 200) return { status: res.status };
  const body = (await res.json()) as { connector: { state: string } };
  return { status: 200, state: body.connector.state };
}

test.describe('Kafka Connect', () => {
  test('creates a connector from the form after validation, sees it run, pauses it and deletes it', async ({ page }) => {
    // Connect starts, pauses and deletes asynchronously; on a loaded 2-core machine each step can take tens of seconds.
    test.setTimeout(300_000);
    const file = path.join(connect.filesDir, `${name}.txt`);
    writeFileSync(file, 'one\ntwo\n');
    const c = new ConsolePage(page);
    await c.open('/clusters/local');
    await c.nav('Kafka Connect').click();
    // The first visit loads the page's code and asks every Connect cluster: allow a loaded machine.
    await expect(page.getByRole('heading', { level: 1, name: 'Kafka Connect' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('region', { name: 'Connect clusters' }).getByRole('row', { name: /nowhere-connect/ })).toContainText('no', { timeout: 60_000 });

    await test.step('the form is built from the plugin and refuses a missing topic, field by field', async () => {
      await page.getByRole('link', { name: 'New connector' }).click();
      await c.expectHeading('New connector');
      await page.getByLabel('Connector plugin').selectOption('org.apache.kafka.connect.file.FileStreamSourceConnector');
      await page.getByLabel('Connector name (required)').fill(name);
      await page.getByLabel('file', { exact: true }).fill(file);
      await page.getByRole('button', { name: 'Validate and create' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Missing required configuration "topic"' })).toBeVisible();
      expect((await connectorStatus(name)).status).toBe(404);
      await c.screenshot('connect-create-validation');
    });

    await test.step('a valid config creates the connector, which runs', async () => {
      await page.getByLabel('topic (required)', { exact: true }).fill(topic);
      await page.getByLabel(/^Other properties/).fill('topic.creation.default.replication.factor=1\ntopic.creation.default.partitions=1');
      await page.getByRole('button', { name: 'Validate and create' }).click();
      await c.expectHeading(name);
      await expect(page.getByRole('group', { name: 'State' })).toContainText('RUNNING', { timeout: 60_000 });
      await expect(page.getByRole('region', { name: 'Tasks' }).getByRole('row')).toHaveCount(2);
      await expect(page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: topic })).toBeVisible({ timeout: 30_000 });
      expect((await connectorStatus(name)).state).toBe('RUNNING');
      await c.screenshot('connect-connector-running');
    });

    await test.step('pause', async () => {
      await page.getByRole('button', { name: 'Pause' }).click();
      await expect(page.getByRole('group', { name: 'State' })).toContainText('PAUSED', { timeout: 30_000 });
      expect((await connectorStatus(name)).state).toBe('PAUSED');
      await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    });

    await test.step('the overview lists it paused', async () => {
      await c.nav('Kafka Connect').click();
      await page.getByRole('searchbox', { name: 'Filter connectors' }).fill(name);
      const rows = page.getByRole('region', { name: 'Connectors' }).getByRole('row');
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(1)).toContainText('PAUSED');
      await c.screenshot('connect-overview');
      await page.emulateMedia({ colorScheme: 'dark' });
      await c.screenshot('connect-overview-dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await rows.nth(1).getByRole('link', { name }).click();
      await c.expectHeading(name);
    });

    await test.step('delete, confirmed by the name', async () => {
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Delete connector ${name}` });
      await expect(dialog.getByRole('button', { name: 'Delete connector' })).toBeDisabled();
      await dialog.getByLabel('Type the connector name to confirm').fill(name);
      await dialog.getByRole('button', { name: 'Delete connector' }).click();
      await c.expectHeading('Kafka Connect');
      await expect.poll(async () => (await connectorStatus(name)).status, { timeout: 30_000 }).toBe(404);
    });
  });
});
