import { expect, type Page, test } from '@playwright/test';
import { SCREENSHOTS } from './pages/console';
import { produce, uniqueTopic } from './pages/topics';

// The second test server runs with sign-in on (scripts/lib/access-test-env.mjs).
const AUTH_URL = process.env.FLUXO_TEST_AUTH_URL ?? '';
const USERS = JSON.parse(process.env.FLUXO_TEST_AUTH_USERS ?? '{}') as Record<string, string>;

async function signIn(page: Page, user: string) {
  await page.goto(`${AUTH_URL}/clusters/local`);
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('User name', { exact: true }).fill(user);
  await page.getByLabel('Password', { exact: true }).fill(USERS[user]!);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'local' })).toBeVisible();
}

test.describe('access control', () => {
  test.skip(!AUTH_URL, 'the sign-in server was not started');

  test('a viewer sees no delete button; an admin deletes a topic and finds it in the audit log', async ({ page, browser }) => {
    const topic = uniqueTopic('e2e-access');
    // Made through the open test console (same cluster), then filled by kcat as another client would.
    const made = await fetch(`${process.env.FLUXO_E2E_URL}/api/clusters/local/topics`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: topic, partitions: 1, replicationFactor: 1 }),
    });
    expect(made.status).toBe(201);
    produce(topic, 3);

    await test.step('the sign-in page, and a wrong password said in words', async () => {
      await page.goto(`${AUTH_URL}/login`);
      await page.getByLabel('User name', { exact: true }).fill('viewer');
      await page.getByLabel('Password', { exact: true }).fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Wrong user name or password' })).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/sign-in-error.png`, fullPage: true });
    });

    await test.step('as viewer: the topic shows, its delete button does not', async () => {
      await signIn(page, 'viewer');
      await page.goto(`${AUTH_URL}/clusters/local/topics/${topic}`);
      await expect(page.getByRole('heading', { level: 1, name: topic })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Delete topic' })).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
      await page.screenshot({ path: `${SCREENSHOTS}/access-viewer-topic.png`, fullPage: true });
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/login/);
    });

    const admin = await browser.newPage();
    await test.step('as admin: delete the topic', async () => {
      await signIn(admin, 'admin');
      await admin.goto(`${AUTH_URL}/clusters/local/topics/${topic}`);
      await admin.getByRole('button', { name: 'Delete topic' }).click();
      const dialog = admin.getByRole('dialog', { name: 'Delete topic' });
      await dialog.getByLabel('Type the topic name to confirm').fill(topic);
      await dialog.getByRole('button', { name: 'Delete topic' }).click();
      await expect(admin.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible();
    });

    await test.step('the audit log names the admin and the deleted topic', async () => {
      await admin.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Audit log' }).click();
      await admin.getByLabel('Filter by action').fill('topics:delete');
      const row = admin.getByRole('row').filter({ hasText: topic });
      await expect(row).toContainText('admin');
      await expect(row).toContainText('200');
      await admin.screenshot({ path: `${SCREENSHOTS}/access-audit.png`, fullPage: true });
    });
    await admin.close();
  });

  test('single sign-on through the OpenID provider maps its groups claim to a role', async ({ page }) => {
    await page.goto(`${AUTH_URL}/login`);
    await page.getByRole('link', { name: 'Sign in with the test provider' }).click();
    // oidc-provider's own login form: any password; the user name picks the groups claim.
    await page.locator('input[name="login"]').fill('olivia');
    await page.locator('input[name="password"]').fill('any-password');
    await page.locator('button[type="submit"]').click();
    await expect(page.getByRole('heading', { level: 1, name: 'local' })).toBeVisible();
    await expect(page.getByText('olivia', { exact: true })).toBeVisible();
    // fluxo-admins → admin: the audit log is in the sidebar.
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Audit log' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/access-oidc-signed-in.png`, fullPage: true });
  });
});
