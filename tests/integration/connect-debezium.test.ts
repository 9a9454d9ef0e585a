import { describe, expect, it } from 'vitest';
import { paymentsCdcConfig, paymentsToChartsConfig } from '../../scripts/connect/payments-connector.mjs';
import { parsePaymentEvent } from '@/lib/payments/event';
import { connectEnv, connectorsPath, connectRest, psql } from './connect-env';
import { api, eventually, uniqueName } from './env';

type Browsed = { key: string | null; value: string | null; headers: { key: string; value: string | null }[] };

async function createRunning(name: string, config: Record<string, string>) {
  const created = await api(connectorsPath(), { method: 'POST', json: { name, config } });
  expect(created.status).toBe(201);
  // Debezium types database.password as PASSWORD: Fluxo never shows it.
  expect(created.body.config['database.password']).toBe('********');
  expect(created.body.maskedKeys).toContain('database.password');
  await eventually(async () => {
    const { body } = await connectRest(`/connectors/${name}/status`);
    return body?.tasks?.[0]?.state === 'RUNNING' ? true : undefined;
  }, { timeoutMs: 90_000 });
}

const slotActive = (slot: string) => psql(`SELECT active FROM pg_replication_slots WHERE slot_name = '${slot}'`).trim();

async function browseFor(topic: string, id: string): Promise<Browsed> {
  return eventually(async () => {
    const page = await api(`/api/clusters/local/topics/${topic}/messages?from=oldest&limit=50`);
    if (page.status !== 200) return undefined;
    return (page.body.messages as Browsed[]).find((m) => m.value?.includes(id));
  }, { timeoutMs: 90_000 });
}

describe('Debezium PostgreSQL source through Fluxo', () => {
  it('shows an insert into the payments table as a change event, and as a payment event for the charts', async () => {
    const run = uniqueName('pg').replace(/-/g, '_');
    const cdc = { name: `${run}-cdc`.replace(/_/g, '-'), slot: `${run}_cdc`, prefix: run };
    const charts = { name: `${run}-charts`.replace(/_/g, '-'), slot: `${run}_charts`, topic: `${run}-payments` };
    const pg = connectEnv.postgres;
    await createRunning(cdc.name, paymentsCdcConfig(pg, { prefix: cdc.prefix, slot: cdc.slot, snapshot: 'no_data' }));
    await createRunning(charts.name, paymentsToChartsConfig(pg, { rawTopic: charts.topic, slot: charts.slot, prefix: `${run}_c`, snapshot: 'no_data' }));
    // A slot is active once its task streams: from then on every insert is captured.
    await eventually(async () => (slotActive(cdc.slot) === 't' && slotActive(charts.slot) === 't' ? true : undefined), { timeoutMs: 60_000 });

    const id = crypto.randomUUID();
    psql(`INSERT INTO payments (id, payer, payee, amount_minor, currency, method, status, occurred_at)
          VALUES ('${id}', 'acct-alice', 'merchant-7', 123450, 'BRL', 'pix', 'captured', '2026-06-25T14:06:00-03:00')`);

    const change = JSON.parse((await browseFor(`${cdc.prefix}.public.payments`, id)).value!);
    expect(change.op).toBe('c');
    expect(change.after).toMatchObject({ id, payer: 'acct-alice', amount_minor: '123450', currency: 'BRL' });

    const event = await browseFor(charts.topic, id);
    expect(event.key).toBe('acct-alice');
    expect(event.headers).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'event-type', value: 'payment' }), expect.objectContaining({ key: 'schema-version', value: '1' })]),
    );
    const payment = parsePaymentEvent(event.value);
    expect(payment).toMatchObject({ id, payer: 'acct-alice', payee: 'merchant-7', amountMinor: '123450', currency: 'BRL', method: 'pix', status: 'captured' });
    expect(payment!.occurredAtMs).toBe(Date.parse('2026-06-25T14:06:00-03:00'));

    for (const c of [cdc, charts]) {
      expect((await api(`${connectorsPath()}/${c.name}?confirm=${c.name}`, { method: 'DELETE' })).status).toBe(200);
      await eventually(async () => ((await connectRest(`/connectors/${c.name}`)).status === 404 ? true : undefined));
      // The task is gone: its replication slot can be dropped, so the WAL is not kept for it.
      await eventually(async () => (slotActive(c.slot) === 'f' ? true : undefined));
      psql(`SELECT pg_drop_replication_slot('${c.slot}')`);
    }
  });
});
