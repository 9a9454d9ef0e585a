// The console works under its Content-Security-Policy: every page renders its heading, and the browser
// reports no CSP violation (neither a securitypolicyviolation event nor a console message).
import { expect, type Page, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { consumeWithKafkajs, createTopicWithKafkajs, produce } from '../tests/helpers/kafka-clients';
import { ConsolePage } from './pages/console';

const bootstrap = (JSON.parse(process.env.FLUXO_TEST_SINGLE ?? '{}') as { bootstrap: string }).bootstrap;
const run = `e2e-csp-${randomBytes(3).toString('hex')}`;
const topic = `${run}-orders`;
const group = `${run}-group`;

/** Collects violations from the page (events) and the browser (console), from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (msg) => {
    if (/content security policy|Content-Security-Policy/i.test(msg.text())) fromConsole.push(msg.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []))];
}

test.describe('content security policy', () => {
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await createTopicWithKafkajs(bootstrap, topic, 2);
    await produce(bootstrap, topic, 2, 5);
    await consumeWithKafkajs(bootstrap, group, topic, 10);
  });

  test('every page renders with no CSP violation in the browser', async ({ page }) => {
    test.setTimeout(240_000);
    const violations = await watchCsp(page);
    const c = new ConsolePage(page);
    const pages = [
      '/clusters/local',
      '/clusters/local/brokers',
      '/clusters/local/brokers/1',
      '/clusters/local/topics',
      `/clusters/local/topics/${topic}`,
      `/clusters/local/topics/${topic}/messages`,
      `/clusters/local/topics/${topic}/messages/0/0`,
      '/clusters/local/consumer-groups',
      `/clusters/local/consumer-groups/${group}`,
      '/clusters/local/payments',
      '/api-docs',
      '/api-docs/reference',
    ];
    for (const path of pages) {
      await test.step(path, async () => {
        const res = await page.goto(path);
        expect(res?.headers()['content-security-policy']).toContain("'nonce-");
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        // React has hydrated when the sidebar's links navigate client-side; wait for the page's data to settle.
        await page.waitForLoadState('networkidle').catch(() => undefined);
        expect(await violations(), `CSP violations on ${path}`).toEqual([]);
      });
    }
    await c.open('/clusters/local/topics');
    await c.nav('Consumer groups').click();
    await expect(page).toHaveURL(/consumer-groups$/);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await violations()).toEqual([]);
    await c.screenshot('csp-consumer-groups');
  });
});
