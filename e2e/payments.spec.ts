import { expect, type Page, test } from '@playwright/test';
import {
  type AggregatorProcess,
  endOffsets,
  runProducer,
  startAggregatorProcess,
  stopProcess,
} from '../tests/integration/payments-helpers';
import { ConsolePage } from './pages/console';

// A stream like the demo's: ten minutes of live-timed events on the `local` cluster's default topics,
// aggregated by one aggregator instance (the demo's group).
const bootstrap = () => (JSON.parse(process.env.FLUXO_TEST_SINGLE ?? '{}') as { bootstrap: string }).bootstrap;
let aggregator: AggregatorProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const start = new Date(Date.now() - 10 * 60_000).toISOString();
  runProducer(['--brokers', bootstrap(), '--topic', 'payments', '--seed', '99', '--rate', '10', '--count', '6000', '--fast', '--start', start]);
  const ends = endOffsets(bootstrap(), 'payments');
  aggregator = startAggregatorProcess(['--brokers', bootstrap()]);
  await expect
    .poll(() => [...ends].every(([p, end]) => (aggregator!.committed.get(p) ?? 0n) >= end), { timeout: 90_000 })
    .toBe(true);
});

test.afterAll(async () => {
  if (aggregator) await stopProcess(aggregator);
});

type Summary = { windows: { count: number; currency: string; status: string; sumMinor: string }[] };

const nextSummary = (page: Page) =>
  page.waitForResponse((r) => r.url().includes('/payments/summary') && r.ok()).then((r) => r.json() as Promise<Summary>);

const totalCount = (s: Summary) => s.windows.reduce((n, w) => n + w.count, 0);

test.describe('payments', () => {
  test('shows live charts whose totals match the API, and the range picker changes them', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open('/clusters/local');
    const first = nextSummary(page);
    await c.nav('Payments').click();
    await c.expectHeading('Payments');
    const summary = await first;
    expect(totalCount(summary)).toBeGreaterThan(1000);

    await test.step('stats and charts show the API totals', async () => {
      await expect(c.stat('Payments')).toContainText(totalCount(summary).toLocaleString('en-US'));
      await expect(c.stat('Paid in BRL')).toContainText(/R\$[\d,]+\.\d{2}/);
      const perMinute = page.getByRole('region', { name: 'Payments per minute' });
      await expect(perMinute.locator('.recharts-bar-rectangle').first()).toBeVisible();
      await expect(page.getByRole('region', { name: 'Amount per minute (BRL)' }).locator('.recharts-line-curve').first()).toBeVisible();
      await expect(page.getByRole('region', { name: 'Top payers (BRL)' }).getByRole('row')).not.toHaveCount(0);
      await expect(page.getByRole('link', { name: 'fluxo-payments' })).toHaveAttribute('href', '/clusters/local/consumer-groups/fluxo-payments');
    });
    await c.screenshot('payments');

    await test.step('dark theme', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await c.screenshot('payments-dark');
      await page.emulateMedia({ colorScheme: 'light' });
    });

    await test.step('a shorter range shows fewer payments, matching the API', async () => {
      const shorter = nextSummary(page);
      await page.getByLabel('Range', { exact: true }).selectOption({ label: 'Last 5 minutes' });
      const five = await shorter;
      expect(totalCount(five)).toBeLessThan(totalCount(summary));
      await expect(c.stat('Payments')).toContainText(totalCount(five).toLocaleString('en-US'));
    });

    await test.step('the currency picker switches amounts and top payers', async () => {
      await page.getByLabel('Currency', { exact: true }).selectOption('USD');
      await expect(page.getByRole('region', { name: 'Top payers (USD)' })).toContainText('$');
    });
  });

  test('a range without payments says so instead of drawing empty charts', async ({ page }) => {
    const c = new ConsolePage(page);
    await c.open('/clusters/local/payments');
    await page.getByLabel('Range', { exact: true }).selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill('2001-01-01T10:00');
    await page.getByLabel('To', { exact: true }).fill('2001-01-01T11:00');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('No payments in this range')).toBeVisible();
    await c.screenshot('payments-empty');
  });
});
