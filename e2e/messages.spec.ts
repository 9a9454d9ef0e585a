import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { ConsolePage } from './pages/console';

const single = JSON.parse(process.env.FLUXO_TEST_SINGLE ?? '{}') as { bootstrap: string };

function createTopic(partitions: number): string {
  const topic = `e2e-msg-${Math.random().toString(16).slice(2, 10)}`;
  // Kafka's own CLI (scripts/kafka/cli.mjs tool): Playwright cannot load the ES module helpers directly.
  const args = ['scripts/kafka/cli.mjs', 'tool', 'kafka-topics', '--bootstrap-server', single.bootstrap, '--create', '--topic', topic, '--partitions', String(partitions)];
  const res = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(res.stderr);
  return topic;
}

async function produce(request: APIRequestContext, topic: string, body: object) {
  const res = await request.post(`/api/clusters/local/topics/${topic}/messages`, { data: body });
  expect(res.status()).toBe(201);
}

async function seed(request: APIRequestContext, topic: string) {
  for (let i = 0; i < 9; i++) {
    await produce(request, topic, {
      key: `order-${i}`,
      value: JSON.stringify({ id: i, amount: i * 12.5, customer: { name: `Customer ${i}`, country: i % 2 ? 'NL' : 'DE' }, items: [{ sku: 'A-1', qty: i }] }),
      headers: [{ key: 'source', value: 'e2e' }],
      partition: i % 3,
    });
  }
  await produce(request, topic, { key: 'order-0', value: null, partition: 0 });
  await produce(request, topic, { key: null, value: 'AP/+gEE=', valueEncoding: 'base64', partition: 1 });
  await produce(request, topic, { key: 'long', value: 'x'.repeat(2_000), partition: 2 });
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name });

test.describe('messages', () => {
  test('browse, open the JSON tree, search with progress, tail, produce and export', async ({ page, request }) => {
    const topic = createTopic(3);
    await seed(request, topic);
    const c = new ConsolePage(page);
    await c.open(`/clusters/local/topics/${topic}/messages`);
    await c.expectHeading(`Messages of ${topic}`);
    const list = page.getByRole('region', { name: 'Messages' });

    await test.step('browse newest first and open a JSON message', async () => {
      await expect(list.getByRole('row')).toHaveCount(13);
      await expect(list.getByText('tombstone (null)')).toBeVisible();
      await expect(list.getByText('no key (null)')).toBeVisible();
      await expect(list.getByText('… (open for all)')).toBeVisible();
      await list.getByRole('button', { name: 'Message 2@2' }).click();
      const tree = list.getByRole('group', { name: 'JSON tree' });
      await expect(tree).toContainText('"Customer 8"');
      await expect(tree).toContainText('customer');
      await c.screenshot('messages-browse-light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await c.screenshot('messages-browse-dark');
      await page.emulateMedia({ colorScheme: 'light' });
    });

    await test.step('export the range as NDJSON', async () => {
      const download = page.waitForEvent('download');
      await list.getByRole('group', { name: 'Export' }).getByRole('link', { name: 'NDJSON' }).click();
      const file = await (await download).path();
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      expect(lines.length).toBe(12);
      expect(JSON.parse(lines[0]!)).toHaveProperty('offset');
    });

    await test.step('search with a quick filter and watch progress', async () => {
      await tab(page, 'Search').click();
      await page.getByLabel('Key equals').fill('order-4');
      await expect(page.getByLabel(/^Filter/)).toHaveValue('key = "order-4"');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      const results = page.getByRole('region', { name: 'Results' });
      await expect(results.getByRole('status', { name: 'Search progress' })).toContainText('Scanned 12 of 12');
      await expect(results.getByText('Scanned the whole range')).toBeVisible();
      await expect(results.getByRole('row')).toHaveCount(2);
      await c.screenshot('messages-search-light');
    });

    await test.step('a bad filter says where the error is', async () => {
      await page.getByLabel(/^Filter/).fill('value.amount > ');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      const refused = page.getByRole('alert').filter({ hasText: 'The search was refused' });
      await expect(refused).toContainText(/position \d+/);
    });

    await test.step('tail while messages are produced, then pause', async () => {
      await tab(page, 'Live tail').click();
      const tail = page.getByRole('region', { name: 'Live tail' });
      await expect(tail.getByText('Live', { exact: true })).toBeVisible();
      await produce(request, topic, { key: 'live-1', value: '{"live":true}', partition: 1 });
      await expect(tail.getByText('live-1')).toBeVisible();
      await c.screenshot('messages-tail-light');
      await tail.getByRole('button', { name: 'Pause' }).click();
      await expect(tail.getByText('Paused', { exact: true })).toBeVisible();
    });

    await test.step('produce from the form, with JSON checked', async () => {
      await tab(page, 'Produce').click();
      await page.getByLabel('Key', { exact: true }).fill('from-form');
      await page.getByRole('textbox', { name: 'Value', exact: true }).fill('{"amount": ');
      await expect(page.getByRole('alert').filter({ hasText: 'JSON' })).toHaveText('The value is not valid JSON');
      await expect(page.getByRole('button', { name: 'Produce message' })).toBeDisabled();
      await page.getByRole('textbox', { name: 'Value', exact: true }).fill('{"amount": 42}');
      await page.getByLabel(/^Headers/).fill('source=form');
      await page.getByRole('button', { name: 'Produce message' }).click();
      await expect(page.getByRole('status')).toContainText(/Written to partition \d at offset \d+/);
      await c.screenshot('messages-produce-light');
    });

    await test.step('the new message is on the first page and has a permalink', async () => {
      await tab(page, 'Browse').click();
      await expect(list.getByText('from-form')).toBeVisible();
      await list.getByText('from-form').click();
      await list.getByRole('link', { name: 'Permalink' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /^Message at offset \d+$/ })).toBeVisible();
      await expect(page.getByRole('group', { name: 'JSON tree' })).toContainText('42');
      await page.emulateMedia({ colorScheme: 'dark' });
      await c.screenshot('message-permalink-dark');
    });
  });

  test('an empty topic says what will appear', async ({ page }) => {
    const topic = createTopic(1);
    const c = new ConsolePage(page);
    await c.open(`/clusters/local/topics/${topic}/messages`);
    await expect(page.getByText('No messages here')).toBeVisible();
    await c.screenshot('messages-empty-light');
  });
});
