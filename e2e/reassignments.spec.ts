import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/console';

const unique = (prefix: string) => `${prefix}-${Math.random().toString(16).slice(2, 10)}`;

test.describe('partition reassignment', () => {
  test('drains a broker of a topic: plan, diff, confirm with a throttle, progress to done', async ({ page, request }) => {
    const c = new ConsolePage(page);
    const topic = unique('reassign-e2e');
    const created = await request.post('/api/clusters/three/topics', { data: { name: topic, partitions: 2, replicationFactor: 2, configs: {} } });
    expect(created.status()).toBe(201);
    const detail = await (await request.get(`/api/clusters/three/topics/${topic}`)).json();
    const drained: number = detail.partitionDetails[0].replicas[0];

    await c.open('/clusters/three');
    await c.nav('Reassignments').click();
    await c.expectHeading('Reassignments');
    await expect(page.getByText('No reassignment under way')).toBeVisible();
    await c.screenshot('reassignments-empty');

    await test.step('propose draining one broker of the topic and see the diff', async () => {
      await page.getByLabel('Kind of plan').selectOption('drain');
      await page.getByLabel('Broker to empty').selectOption(String(drained));
      await page.getByLabel('Topics').fill(topic);
      await page.getByRole('button', { name: 'Propose plan' }).click();
      const plan = page.getByRole('region', { name: 'Plan' });
      await expect(plan.getByRole('heading', { name: 'Proposed changes' })).toBeVisible();
      const rows = plan.getByRole('row').filter({ hasText: topic });
      await expect(rows.first()).toBeVisible();
      await expect(rows.first().getByText(`− ${drained}`)).toBeVisible();
      await c.screenshot('reassignments-diff');
    });

    await test.step('confirm with a throttle of 50 MiB/s', async () => {
      await page.getByLabel(/^Replication throttle/).fill('50');
      await page.getByRole('button', { name: 'Start reassignment…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Start the reassignment' });
      await expect(dialog).toContainText('Replication is limited to 50 MiB/s');
      await c.screenshot('reassignments-confirm');
      await dialog.getByRole('button', { name: 'Start', exact: true }).click();
      await expect(dialog).toBeHidden();
    });

    await expect(page.getByRole('status').filter({ hasText: 'Reassignment done' })).toBeVisible({ timeout: 90_000 });
    await c.screenshot('reassignments-done');
    await page.emulateMedia({ colorScheme: 'dark' });
    await c.screenshot('reassignments-done-dark');

    await expect(page.getByRole('heading', { name: 'Proposed changes' })).toHaveCount(0);
    const after = await (await request.get(`/api/clusters/three/topics/${topic}`)).json();
    for (const p of after.partitionDetails) expect(p.replicas).not.toContain(drained);
  });

  test('shows a throttled move under way and cancels it after a confirmation', async ({ page, request }) => {
    const c = new ConsolePage(page);
    const topic = unique('reassign-cancel-e2e');
    expect((await request.post('/api/clusters/three/topics', { data: { name: topic, partitions: 1, replicationFactor: 2, configs: {} } })).status()).toBe(201);
    // 2 MB copied at about 1 kB/s: the move is still under way whenever the test looks.
    const value = 'x'.repeat(100_000);
    for (let i = 0; i < 20; i++) {
      expect((await request.post(`/api/clusters/three/topics/${topic}/messages`, { data: { value, partition: 0 } })).status()).toBe(201);
    }
    const detail = await (await request.get(`/api/clusters/three/topics/${topic}`)).json();
    const drained: number = detail.partitionDetails[0].replicas[0];

    await c.open('/clusters/three/reassignments');
    await page.getByLabel('Kind of plan').selectOption('drain');
    await page.getByLabel('Broker to empty').selectOption(String(drained));
    await page.getByLabel('Topics').fill(topic);
    await page.getByRole('button', { name: 'Propose plan' }).click();
    await page.getByLabel(/^Replication throttle/).fill('0.001');
    await page.getByRole('button', { name: 'Start reassignment…' }).click();
    await page.getByRole('dialog', { name: 'Start the reassignment' }).getByRole('button', { name: 'Start', exact: true }).click();

    const underWay = page.getByRole('region', { name: 'Under way' });
    const row = underWay.getByRole('row').filter({ hasText: topic });
    await expect(row.getByText('in progress')).toBeVisible();
    await c.screenshot('reassignments-progress');

    await underWay.getByRole('button', { name: 'Cancel reassignment…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel the reassignment' });
    await expect(dialog).toContainText('back to the replicas it had');
    await dialog.getByRole('button', { name: 'Cancel reassignment', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Reassignment ended' })).toBeVisible({ timeout: 60_000 });
    await expect(row).toHaveCount(0);
    await c.screenshot('reassignments-cancelled');
    const after = await (await request.get(`/api/clusters/three/topics/${topic}`)).json();
    expect(after.partitionDetails[0].replicas).toContain(drained);
  });
});

test.describe('partition reassignment in Portuguese, dark theme', () => {
  test.use({ locale: 'pt-BR', colorScheme: 'dark' });

  test('reads in Portuguese, plan and empty progress included', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open('/clusters/three/reassignments');
    await expect(page.getByRole('heading', { level: 1, name: 'Reatribuições' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Seções' }).getByRole('link', { name: 'Reatribuições', exact: true })).toHaveAttribute('aria-current', 'page');
    await page.getByLabel('Tipo de plano').selectOption('drain');
    await expect(page.getByLabel('Broker a esvaziar')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Propor plano' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Em andamento' })).toBeVisible();
    await c.screenshot('reassignments-pt-BR-dark');
  });
});
