// Page object for the topic pages: list, create form, detail tabs and the destructive dialogs.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

export const uniqueTopic = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** Produces keyed records with kcat into the 1-node test cluster, as a real producer would. */
export function produce(topic: string, count: number) {
  const { bootstrap } = JSON.parse(process.env.FLUXO_TEST_SINGLE ?? '{}') as { bootstrap?: string };
  if (!bootstrap) throw new Error('FLUXO_TEST_SINGLE is not set: run through `npm test`');
  const input = Array.from({ length: count }, (_, i) => `k${i}:v${i}`).join('\n') + '\n';
  const res = spawnSync('kcat', ['-P', '-b', bootstrap, '-t', topic, '-K:'], { input });
  if (res.status !== 0) throw new Error(`kcat failed: ${res.stderr}`);
}

export class TopicsPage {
  constructor(readonly page: Page) {}

  list = () => this.page.getByRole('region', { name: 'Topic list' });
  dialog = (name: string) => this.page.getByRole('dialog', { name });
  stat = (label: string) => this.page.getByRole('group', { name: label });

  async openList(cluster = 'local', query = '') {
    await this.page.goto(`/clusters/${cluster}/topics${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible();
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: 'Search topics' }).fill(text);
    await expect(this.page).toHaveURL(new RegExp(`search=${text}`));
  }

  async createTopic(fields: { name: string; partitions: number; configs?: string }) {
    const dialog = this.dialog('Create topic');
    await dialog.getByLabel('Topic name').fill(fields.name);
    await dialog.getByLabel('Partitions').fill(String(fields.partitions));
    await dialog.getByLabel('Replication factor').fill('1');
    await dialog.getByLabel('Configuration overrides').fill(fields.configs ?? '');
    await dialog.getByRole('button', { name: 'Create topic' }).click();
  }

  async tab(name: 'Partitions' | 'Configuration') {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }
}
