// Every page in English (light theme) and Brazilian Portuguese (dark theme, language from the browser's
// Accept-Language), each checked by axe-core and photographed; then the clock setting, copy buttons,
// keyboard tabs, and page speed on a cluster with 2,000 topics.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { ConsolePage, SCREENSHOTS } from './pages/console';
import { observePageSpeed, type PageSpeed, printPageSpeed, readPageSpeed } from './pages/page-speed';
import { produce, uniqueTopic } from './pages/topics';

const bootstrap = () => (JSON.parse(process.env.FLUXO_TEST_SINGLE ?? '{}') as { bootstrap: string }).bootstrap;
const admin = () => new Kafka({ clientId: 'e2e-tour', brokers: [bootstrap()], logLevel: logLevel.NOTHING }).admin();

// axe-core's analysis and full-page pictures take seconds each on a busy machine.
test.describe.configure({ timeout: 120_000 });

async function withAdmin<T>(work: (a: ReturnType<typeof admin>) => Promise<T>): Promise<T> {
  const a = admin();
  await a.connect();
  try {
    return await work(a);
  } finally {
    await a.disconnect();
  }
}

const topic = uniqueTopic('tour-orders');
const group = uniqueTopic('tour-billing');

test.beforeAll(async () => {
  const a = admin();
  await a.connect();
  try {
    await a.createTopics({ topics: [{ topic, numPartitions: 2, replicationFactor: 1 }], waitForLeaders: true });
    produce(topic, 12);
    // A group with committed offsets (no member): what a stopped consumer leaves behind.
    await a.setOffsets({ groupId: group, topic, partitions: [{ partition: 0, offset: '2' }, { partition: 1, offset: '1' }] });
  } finally {
    await a.disconnect();
  }
});

const base = '/clusters/local';
const PAGES: { name: string; path: () => string; heading: RegExp }[] = [
  { name: 'overview', path: () => base, heading: /^local/ },
  { name: 'brokers', path: () => `${base}/brokers`, heading: /^(Brokers)$/ },
  { name: 'broker', path: () => `${base}/brokers/1`, heading: /^Broker 1$/ },
  { name: 'topics', path: () => `${base}/topics`, heading: /^(Topics|Tópicos)$/ },
  { name: 'topic', path: () => `${base}/topics/${topic}`, heading: new RegExp(`^${topic}`) },
  { name: 'topic-configs', path: () => `${base}/topics/${topic}?tab=configs`, heading: new RegExp(`^${topic}`) },
  { name: 'messages', path: () => `${base}/topics/${topic}/messages`, heading: new RegExp(topic) },
  { name: 'message', path: () => `${base}/topics/${topic}/messages/0/1`, heading: /offset 1$/ },
  { name: 'groups', path: () => `${base}/consumer-groups`, heading: /^(Consumer groups|Grupos de consumidores)$/ },
  { name: 'group', path: () => `${base}/consumer-groups/${group}`, heading: new RegExp(`^${group}`) },
  { name: 'payments', path: () => `${base}/payments`, heading: /^(Payments|Pagamentos)$/ },
  { name: 'api-docs', path: () => '/api-docs', heading: /REST/ },
  { name: 'api-reference', path: () => '/api-docs/reference', heading: /API reference|Referência da API/ },
  { name: 'broker-defaults', path: () => `${base}/brokers/defaults`, heading: /^(Cluster-wide broker configuration|Configuração de broker de todo o cluster)$/ },
  // The cluster with an authorizer, and one without: its refusal is an error state in the reader's language.
  { name: 'acls', path: () => '/clusters/acl/acls', heading: /^ACLs$/ },
  { name: 'acls-no-authorizer', path: () => `${base}/acls`, heading: /^ACLs$/ },
  { name: 'quotas', path: () => `${base}/quotas`, heading: /^(Quotas|Cotas)$/ },
  { name: 'transactions', path: () => `${base}/transactions`, heading: /^(Transactions|Transações)$/ },
  // Without a Connect worker in this run (scripts/test.mjs starts one only for the connect tests), the
  // pages say that no Connect cluster is configured; with one, they list its connectors and plugins.
  { name: 'connect', path: () => `${base}/connect`, heading: /^Kafka Connect$/ },
  { name: 'connect-new', path: () => `${base}/connect/new`, heading: /^(New connector|Novo connector)$/ },
  { name: 'reassignments', path: () => `${base}/reassignments`, heading: /^(Reassignments|Reatribuições)$/ },
];

// On the second console, with sign-in on (scripts/lib/access-test-env.mjs): the sign-in page, and what an
// admin sees there.
const AUTH_URL = process.env.FLUXO_TEST_AUTH_URL ?? '';
const AUTH_USERS = JSON.parse(process.env.FLUXO_TEST_AUTH_USERS ?? '{}') as Record<string, string>;
const SIGNED_IN_PAGES: { name: string; path: string; heading: RegExp }[] = [
  { name: 'audit', path: '/clusters/local/audit', heading: /^(Audit log|Registro de auditoria)$/ },
  { name: 'tokens', path: '/clusters/local/tokens', heading: /^(API tokens|Tokens de API)$/ },
];

/** Signs in as admin through the form, in whatever language it is shown (fields found by name). */
async function signInAsAdmin(page: Page) {
  await page.goto(`${AUTH_URL}/login`);
  await page.locator('input[name="username"]').fill('admin');
  await page.locator('input[name="password"]').fill(AUTH_USERS.admin!);
  await page.locator('form button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Words of the English interface that must not be left in the Portuguese one. */
const ENGLISH_ONLY =
  /\b(Loading|Retry|Show as table|Messages per|Partitions|Consumer groups|Live brokers|Topic list|Search topics|Previous page|Next page|Configuration|Members|Lag over time|Payments per minute|Status breakdown|Top payers|What it does|Overrides only|On disk|Disk usage|Log directories|Access control list|Create ACL|Resource type|Pattern type|Delete matching|Quotas|Client quotas|New quota|Applies to|Open transactions|Transactional producers|New connector|Connect clusters|Connector plugin|No Connect cluster|User name|Password|Records|Nothing recorded|Make token|Last used|Not allowed|Unreachable|Something went wrong|The request)\b/;

/**
 * The page's visible text without content marked lang="en": Kafka's own configuration documentation and the
 * OpenAPI summaries are English data, not interface text.
 */
async function interfaceText(page: Page): Promise<string> {
  return page.locator('body').evaluate((body: HTMLElement) => {
    const english = [...body.querySelectorAll<HTMLElement>('[lang="en"]')];
    const before = english.map((e) => e.style.display);
    english.forEach((e) => (e.style.display = 'none'));
    const text = body.innerText;
    english.forEach((e, i) => (e.style.display = before[i] ?? ''));
    return text;
  });
}

async function settle(page: Page, heading: RegExp) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // Every data view has answered: no skeleton left.
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 30_000 });
}

async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
    `axe on ${what}`,
  ).toEqual([]);
}

test.describe('every page in English, light theme', () => {
  test.use({ locale: 'en-US', colorScheme: 'light' });
  for (const p of PAGES) {
    test(`${p.name} (en, light) passes axe`, async ({ page }) => {
      await page.goto(p.path());
      await settle(page, p.heading);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await new ConsolePage(page).screenshot(`tour-${p.name}-en-light`);
      await expectAccessible(page, `${p.name} en light`);
    });
  }
});

test.describe('every page in Portuguese from Accept-Language, dark theme', () => {
  test.use({ locale: 'pt-BR', colorScheme: 'dark' });
  for (const p of PAGES) {
    test(`${p.name} (pt-BR, dark) passes axe and has no English interface text`, async ({ page }) => {
      await page.goto(p.path());
      await settle(page, p.heading);
      await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
      const text = await interfaceText(page);
      expect(text.match(ENGLISH_ONLY)?.[0] ?? null, `English left on ${p.name}`).toBeNull();
      await new ConsolePage(page).screenshot(`tour-${p.name}-pt-BR-dark`);
      await expectAccessible(page, `${p.name} pt-BR dark`);
    });
  }
});

test.describe('the sign-in pages, in both languages', () => {
  test.skip(!AUTH_URL, 'the sign-in server was not started');

  for (const [locale, colorScheme, lang] of [['en-US', 'light', 'en'], ['pt-BR', 'dark', 'pt-BR']] as const) {
    test.describe(`${lang}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });

      test(`login (${lang}, ${colorScheme}) passes axe${lang === 'pt-BR' ? ' and has no English interface text' : ''}`, async ({ page }) => {
        await page.goto(`${AUTH_URL}/login`);
        await expect(page.getByRole('heading', { level: 1, name: /^(Sign in to Fluxo|Entrar no Fluxo)$/ })).toBeVisible();
        await expect(page.locator('input[name="username"]')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // The single sign-on button's text is the config file's, not the interface's.
        if (lang === 'pt-BR') expect((await interfaceText(page)).replace(/Sign in with the test provider/, '').match(ENGLISH_ONLY)?.[0] ?? null, 'English left on login').toBeNull();
        await page.screenshot({ path: `${SCREENSHOTS}/tour-login-${lang}-${colorScheme}.png`, fullPage: true });
        await expectAccessible(page, `login ${lang} ${colorScheme}`);
      });

      for (const p of SIGNED_IN_PAGES) {
        test(`${p.name} (${lang}, ${colorScheme}) passes axe${lang === 'pt-BR' ? ' and has no English interface text' : ''}`, async ({ page }) => {
          await signInAsAdmin(page);
          await page.goto(`${AUTH_URL}${p.path}`);
          await settle(page, p.heading);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          if (lang === 'pt-BR') expect((await interfaceText(page)).match(ENGLISH_ONLY)?.[0] ?? null, `English left on ${p.name}`).toBeNull();
          await page.screenshot({ path: `${SCREENSHOTS}/tour-${p.name}-${lang}-${colorScheme}.png`, fullPage: true });
          await expectAccessible(page, `${p.name} ${lang} ${colorScheme}`);
        });
      }
    });
  }
});

test.describe('the other two combinations, on the overview', () => {
  for (const [locale, colorScheme] of [['en-US', 'dark'], ['pt-BR', 'light']] as const) {
    test(`overview (${locale}, ${colorScheme}) passes axe`, async ({ browser }) => {
      const context = await browser.newContext({ locale, colorScheme });
      const page = await context.newPage();
      await page.goto(base);
      await settle(page, /^local/);
      await expectAccessible(page, `overview ${locale} ${colorScheme}`);
      await page.screenshot({ path: `${SCREENSHOTS}/tour-overview-${locale}-${colorScheme}.png`, fullPage: true });
      await context.close();
    });
  }
});

test('the language switcher changes the language and remembers it', async ({ page }) => {
  await page.goto(base);
  await settle(page, /^local/);
  await page.getByLabel('Language').selectOption('pt-BR');
  await expect(page.getByRole('navigation', { name: 'Seções' }).getByRole('link', { name: 'Tópicos' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Topics' })).toBeVisible();
});

test.describe('the clock setting', () => {
  test.use({ timezoneId: 'America/Sao_Paulo', locale: 'en-US' });

  test('switches every instant on screen between local time and UTC, and is remembered', async ({ page }) => {
    await page.goto(`${base}/topics/${topic}/messages`);
    const cells = page.getByRole('region', { name: 'Messages' }).getByRole('row').locator('td:nth-child(3)');
    await expect(cells).toHaveCount(12);
    const local = await cells.allInnerTexts();
    expect(local.every((t) => /GMT-3|BRT/.test(t))).toBe(true);
    await page.getByLabel('Time', { exact: true }).selectOption('utc');
    await expect.poll(async () => (await cells.allInnerTexts()).every((t) => t.endsWith('UTC'))).toBe(true);
    const utc = await cells.allInnerTexts();
    // Three hours apart, the same instants.
    expect(utc).not.toEqual(local);
    await expect(page.getByRole('columnheader', { name: /Timestamp \(UTC\)/ })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Time', { exact: true })).toHaveValue('utc');
    await expect.poll(async () => (await cells.allInnerTexts()).every((t) => t.endsWith('UTC'))).toBe(true);
  });
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], locale: 'en-US' });

  test('put the key, the offset and the permalink on the clipboard', async ({ page }) => {
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.goto(`${base}/topics/${topic}/messages/0/1`);
    const detail = page.getByRole('region', { name: 'Message' });
    await expect(detail.getByRole('heading', { name: 'Key' })).toBeVisible();
    const key = await page.request.get(`/api/clusters/local/topics/${topic}/messages/0/1`).then((r) => r.json() as Promise<{ key: string }>);
    await detail.getByRole('button', { name: 'Copy the key' }).click();
    await expect.poll(clipboard).toBe(key.key);
    await detail.getByRole('button', { name: 'Copy the offset' }).click();
    await expect.poll(clipboard).toBe('1');
    await page.goto(`${base}/topics/${topic}/messages`);
    await page.getByRole('button', { name: 'Message 0@1' }).click();
    await page.getByRole('button', { name: 'Copy the permalink' }).click();
    await expect.poll(clipboard).toBe(new URL(`${base}/topics/${topic}/messages/0/1`, page.url()).href);
    await page.goto(`${base}/consumer-groups`);
    await page.getByRole('button', { name: `Copy ${group}` }).click();
    await expect.poll(clipboard).toBe(group);
  });
});

test('tabs move with the arrow keys and the message row opens from the keyboard', async ({ page }) => {
  await page.goto(`${base}/topics/${topic}/messages`);
  const browse = page.getByRole('tab', { name: 'Browse' });
  await browse.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Search' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Search' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(browse).toHaveAttribute('aria-selected', 'true');
  const row = page.getByRole('button', { name: 'Message 1@0' });
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(row).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { name: 'Headers' })).toBeVisible();
});

test.describe('page speed', () => {
  const SPEED_TOPICS = 2_000;
  const prefix = uniqueTopic('speed');
  const names = Array.from({ length: SPEED_TOPICS }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    // In batches, each with a fresh admin: one CreateTopics of 2,000 would outlast the request timeout, and
    // kafkajs refreshes metadata for every topic its admin made, failing while a new one is not yet known.
    // waitForLeaders is off: kafkajs would ask for metadata of topics a busy controller has not published yet.
    for (let i = 0; i < names.length; i += 250) {
      const batch = names.slice(i, i + 250).map((t) => ({ topic: t, numPartitions: 1, replicationFactor: 1 }));
      await withAdmin((a) => a.createTopics({ topics: batch, timeout: 60_000, waitForLeaders: false }));
    }
    await withAdmin((a) => expect.poll(async () => (await a.listTopics()).filter((t) => t.startsWith(prefix)).length, { timeout: 120_000 }).toBe(SPEED_TOPICS));
  });

  test.afterAll(async () => {
    test.setTimeout(240_000);
    // Only those that exist: a beforeAll that failed half-way leaves fewer.
    const existing = await withAdmin(async (a) => new Set(await a.listTopics()));
    const made = names.filter((n) => existing.has(n));
    for (let i = 0; i < made.length; i += 250) await withAdmin((a) => a.deleteTopics({ topics: made.slice(i, i + 250), timeout: 60_000 }));
  });

  test('LCP and INP of overview, topics (2,000), messages and payments', async ({ browser }) => {
    test.setTimeout(180_000);
    const rows: PageSpeed[] = [];
    const measure = async (name: string, path: string, heading: RegExp, interact: (page: Page) => Promise<void>) => {
      const context = await browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      await observePageSpeed(page);
      await page.goto(path);
      await settle(page, heading);
      await interact(page);
      rows.push(await readPageSpeed(page, name));
      await context.close();
    };
    await measure('overview', base, /^local/, (page) => page.getByText('Show as table').first().click());
    await measure(`topics (${SPEED_TOPICS.toLocaleString('en-US')})`, `${base}/topics?internal=true`, /^Topics$/, async (page) => {
      await expect(page.getByRole('region', { name: 'Topic list' })).toContainText(/[\d,]+ matching topics/);
      await page.getByRole('button', { name: 'Next page' }).click();
      await expect(page.getByText(/^Page 2 of/)).toBeVisible();
    });
    await measure('messages', `${base}/topics/${topic}/messages`, new RegExp(topic), async (page) => {
      await page.getByRole('button', { name: 'Message 0@0' }).click();
      await expect(page.getByRole('heading', { name: 'Headers' })).toBeVisible();
    });
    await measure('payments', `${base}/payments`, /^Payments$/, async (page) => {
      await page.getByLabel('Range', { exact: true }).selectOption('60');
    });
    printPageSpeed(rows);
    test.info().annotations.push({ type: 'page-speed', description: JSON.stringify(rows) });
    expect(rows.every((r) => r.lcpMs !== null)).toBe(true);
  });
});
