#!/usr/bin/env node
// npm run screenshots: starts the demo on its own ports (KAFKA_PORT, PORT; defaults 19092 and 3300, away from a
// demo you may be running), waits for the payment stream and some lag history, photographs the README's
// pages in Debian's Chromium into docs/, and stops the demo it started (by its pid).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { fail, runMain } from './lib/fail.mjs';

const kafkaPort = process.env.KAFKA_PORT ?? '19092';
const port = process.env.PORT ?? '3300';
const url = `http://127.0.0.1:${port}`;
const DOCS = path.resolve('docs');
const READY_TIMEOUT_MS = 15 * 60_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function poll(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) fail(`timed out waiting for ${what}`);
    await sleep(1_000);
  }
}

const json = async (p) => (await fetch(`${url}${p}`)).json();

await runMain(async () => {
  // Lag samples every 2 s so the group chart has a history within a minute.
  const demo = spawn(process.execPath, ['scripts/demo.mjs'], {
    env: { ...process.env, KAFKA_PORT: kafkaPort, PORT: port, FLUXO_LAG_SAMPLE_INTERVAL_MS: '2000' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => demo.once('exit', resolve));
  try {
    await poll('the console', async () => (await fetch(`${url}/api/clusters`)).ok, READY_TIMEOUT_MS);
    await poll('payment aggregates', async () => (await json('/api/clusters/local/payments/summary')).windows?.length > 5, 5 * 60_000);
    await poll(
      'lag history of fluxo-payments',
      async () => (await json('/api/clusters/local/consumer-groups/fluxo-payments/history?minutes=15')).points?.length >= 20,
      5 * 60_000,
    );
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const shots = [
        { file: 'overview.png', path: '/clusters/local', locale: 'en-US', colorScheme: 'light' },
        { file: 'consumer-group.png', path: '/clusters/local/consumer-groups/fluxo-payments', locale: 'en-US', colorScheme: 'light' },
        { file: 'payments.png', path: '/clusters/local/payments', locale: 'en-US', colorScheme: 'light' },
        { file: 'payments.pt-BR.png', path: '/clusters/local/payments', locale: 'pt-BR', colorScheme: 'dark' },
        { file: 'overview.pt-BR.png', path: '/clusters/local', locale: 'pt-BR', colorScheme: 'dark' },
      ];
      for (const s of shots) {
        const context = await browser.newContext({ locale: s.locale, colorScheme: s.colorScheme, viewport: { width: 1360, height: 860 } });
        const page = await context.newPage();
        await page.goto(`${url}${s.path}`);
        await page.locator('h1').first().waitFor();
        await poll('the page to load', async () => (await page.locator('.skeleton').count()) === 0, 60_000);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: path.join(DOCS, s.file), fullPage: false });
        console.log(`• docs/${s.file}`);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    demo.kill('SIGINT');
    await exited;
  }
});
