// Page object for the console's shell: navigation, cluster switcher, screenshots users can look at.
import { expect, type Page } from '@playwright/test';

export const SCREENSHOTS = 'test-results/screenshots';

export class ConsolePage {
  constructor(readonly page: Page) {}

  async open(path: string) {
    await this.page.goto(path);
  }

  nav(section: string) {
    return this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section, exact: true });
  }

  async switchCluster(name: string) {
    await this.page.getByLabel('Cluster', { exact: true }).selectOption(name);
  }

  stat(label: string) {
    return this.page.getByRole('group', { name: label });
  }

  async screenshot(name: string) {
    // Charts animate off; wait for fonts so pictures are stable.
    await this.page.evaluate(() => document.fonts.ready);
    await this.page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
  }

  async expectHeading(text: string | RegExp) {
    await expect(this.page.getByRole('heading', { level: 1, name: text })).toBeVisible();
  }
}
