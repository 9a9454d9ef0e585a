// Page speed as the browser measures it: Largest Contentful Paint and Interaction to Next Paint (the longest
// event-timing entry), read with PerformanceObserver. Figures are printed, never asserted (CI is shared).
import type { Page } from '@playwright/test';

export interface PageSpeed {
  page: string;
  lcpMs: number | null;
  inpMs: number | null;
}

/** Starts the observers before any script of the page runs. */
export async function observePageSpeed(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __speed: { lcp: number | null; inp: number | null } };
    w.__speed = { lcp: null, inp: null };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__speed.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__speed.inp = Math.max(w.__speed.inp ?? 0, e.duration);
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  });
}

export async function readPageSpeed(page: Page, name: string): Promise<PageSpeed> {
  // Event timing reports once the next frame is painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const speed = await page.evaluate(() => (window as unknown as { __speed: { lcp: number | null; inp: number | null } }).__speed);
  return { page: name, lcpMs: speed.lcp === null ? null : Math.round(speed.lcp), inpMs: speed.inp === null ? null : Math.round(speed.inp) };
}

export function printPageSpeed(rows: PageSpeed[]) {
  // No event-timing entry means every interaction finished under the 16 ms threshold.
  const cell = (v: number | null, none: string) => (v === null ? none : `${v} ms`).padStart(10);
  const lines = ['page speed (LCP, INP; local, shared machine)', `${'page'.padEnd(28)}${'LCP'.padStart(10)}${'INP'.padStart(10)}`];
  for (const r of rows) lines.push(`${r.page.padEnd(28)}${cell(r.lcpMs, 'n/a')}${cell(r.inpMs, '< 16 ms')}`);
  console.log(lines.join('\n'));
}
