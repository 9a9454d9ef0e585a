import { expect, type Page, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { committedOffsets, consumeWithKafkajs, createTopicWithKafkajs, produce } from '../tests/helpers/kafka-clients';
import { ConsolePage } from './pages/console';

const bootstrap = (JSON.parse(process.env.FLUXO_TEST_SINGLE ?? '{}') as { bootstrap: string }).bootstrap;
const run = `e2e-${randomBytes(3).toString('hex')}`;
const topic = `${run}-orders`;
const behind = `${run}-a-long-consumer-group-name-for-the-payments-settlement-pipeline`;
const current = `${run}-current`;
const groupsUrl = '/clusters/local/consumer-groups';

/** Chart tooltips follow the mouse; park it in a corner so pictures show the chart, not a tooltip. */
async function screenshot(c: ConsolePage, name: string) {
  await c.page.mouse.move(0, 0);
  await c.screenshot(name);
}

test.describe('consumer groups', () => {
  test.beforeAll(async () => {
    // Three consumers join and leave a group each; on a loaded machine that takes longer than one test.
    test.setTimeout(180_000);
    await createTopicWithKafkajs(bootstrap, topic, 3);
    await produce(bootstrap, topic, 3, 10);
    await consumeWithKafkajs(bootstrap, current, topic, 30);
    await consumeWithKafkajs(bootstrap, behind, topic, 30);
    await produce(bootstrap, topic, 3, 8);
    await consumeWithKafkajs(bootstrap, current, topic, 24);
  });

  async function openList(page: Page) {
    const c = new ConsolePage(page);
    await c.open('/clusters/local');
    await c.nav('Consumer groups').click();
    await c.expectHeading('Consumer groups');
    await page.getByRole('searchbox', { name: 'Filter groups by id' }).fill(run);
    return c;
  }

  test('lists groups sorted by lag, largest first, and sorts the other way on request', async ({ page }) => {
    const c = await openList(page);
    const rows = page.getByRole('region', { name: 'Groups' }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText(behind);
    await expect(rows.nth(1)).toContainText('24');
    await expect(rows.nth(2)).toContainText(current);
    await expect(rows.nth(1).getByText('Empty')).toBeVisible();
    await screenshot(c, 'groups-list');

    await page.getByRole('button', { name: 'Total lag' }).click();
    await expect(rows.nth(1)).toContainText(current);
  });

  test('shows a group with its lag chart after a few samples, partitions and health', async ({ page }) => {
    const c = await openList(page);
    await page.getByRole('link', { name: behind }).click();
    await c.expectHeading(behind);
    await expect(c.stat('Total lag')).toContainText('24');
    const partitions = page.getByRole('region', { name: 'Partitions' });
    await expect(partitions.getByRole('row')).toHaveCount(4);
    await expect(partitions.getByText('≈').first()).toBeVisible();
    const chart = page.getByRole('region', { name: 'Lag over time' });
    // A flat line has no height, so Playwright calls its path hidden: wait for it to exist and for the legend.
    await expect(chart.locator('.recharts-line-curve').first()).toBeAttached({ timeout: 30_000 });
    await expect(chart.locator('.recharts-legend-item-text', { hasText: 'Total lag' })).toBeVisible();
    await expect(page.getByText('STOP').first()).toBeVisible({ timeout: 30_000 });
    await screenshot(c, 'group-detail');
  });

  test('resets offsets after a preview and a confirmation', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open(`${groupsUrl}/${encodeURIComponent(behind)}`);
    await page.getByRole('button', { name: 'Reset offsets' }).click();
    const dialog = page.getByRole('dialog', { name: `Reset offsets of ${behind}` });
    await expect(dialog.getByRole('button', { name: 'Apply reset' })).toBeDisabled();

    await test.step('preview a shift back by 5', async () => {
      await dialog.getByLabel('Reset to').selectOption('shiftBy');
      await dialog.getByLabel('Shift by (negative goes back)').fill('-5');
      await dialog.getByRole('button', { name: 'Preview' }).click();
      const preview = dialog.getByRole('region', { name: 'Reset preview' });
      await expect(preview.getByRole('row')).toHaveCount(4);
      await expect(preview.getByRole('row').nth(1)).toContainText('-5');
      await screenshot(c, 'group-reset-preview');
      expect(await committedOffsets(bootstrap, behind, topic)).toEqual([10, 10, 10]);
    });

    await test.step('apply it', async () => {
      await dialog.getByRole('button', { name: 'Apply reset' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'reset' })).toContainText(`3 partitions of ${topic} reset`);
      await expect.poll(() => committedOffsets(bootstrap, behind, topic)).toEqual([5, 5, 5]);
      await expect(c.stat('Total lag')).toContainText('39');
    });
  });

  test('shows why a reset is refused: the error from the server, in the dialog', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open(`${groupsUrl}/${encodeURIComponent(current)}`);
    await page.getByRole('button', { name: 'Reset offsets' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Partitions (comma-separated, empty for all)').fill('7');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Partition 7 does not exist');
    await screenshot(c, 'group-reset-error');
  });

  test('deletes a group only after its id is typed', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open(`${groupsUrl}/${encodeURIComponent(current)}`);
    await page.getByRole('button', { name: 'Delete group' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete group ${current}` });
    await expect(dialog.getByRole('button', { name: 'Delete group' })).toBeDisabled();
    await dialog.getByLabel('Type the group id to confirm').fill(current);
    await dialog.getByRole('button', { name: 'Delete group' }).click();
    await expect(page).toHaveURL(/\/consumer-groups$/);
    await page.getByRole('searchbox', { name: 'Filter groups by id' }).fill(current);
    await expect(page.getByText('No group matches')).toBeVisible();
  });

  test('offers no changes on a read-only cluster', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open(`/clusters/readonly/consumer-groups/${encodeURIComponent(behind)}`);
    await c.expectHeading(behind);
    await expect(page.getByRole('button', { name: 'Reset offsets' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Delete group' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Reset offsets' })).toHaveAttribute('title', 'The cluster is read-only');
  });

  test('explains an unreachable cluster on the group list', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open('/clusters/secured/consumer-groups');
    // Next.js's route announcer is an empty alert too; count the ones with words.
    const alerts = page.getByRole('alert').filter({ hasText: /\S/ });
    await expect(alerts).toContainText('Cluster unreachable', { timeout: 30_000 });
    await expect(alerts).toHaveCount(1);
    await screenshot(c, 'groups-unreachable');
  });

  test('says once that a group does not exist', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open(`${groupsUrl}/${run}-no-such-group`);
    const alerts = page.getByRole('alert').filter({ hasText: /\S/ });
    await expect(alerts).toContainText(`Consumer group "${run}-no-such-group" does not exist`);
    await expect(alerts).toHaveCount(1);
    await screenshot(c, 'group-not-found');
  });

  test('follows the dark theme on the list and the group page', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    const c = await openList(page);
    await expect(page.getByRole('link', { name: behind })).toBeVisible();
    await screenshot(c, 'groups-list-dark');
    await page.getByRole('link', { name: behind }).click();
    await expect(page.getByRole('region', { name: 'Lag over time' }).locator('.recharts-line-curve').first()).toBeAttached({ timeout: 30_000 });
    await screenshot(c, 'group-detail-dark');
    await context.close();
  });
});
