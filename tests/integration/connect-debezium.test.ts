import { describe, expect, it } from 'vitest';
import { connectEnv, connectorsPath, connectRest, psql } from './connect-env';
import { api, eventually, uniqueName } from './env';

const POSTGRES_SOURCE = 'io.debezium.connector.postgresql.PostgresConnector';

describe('Debezium PostgreSQL source through Fluxo', () => {
  it('shows an insert into the payments table as a change event, with the amount as written', async () => {
    const name = uniqueName('pg-payments');
    const prefix = name.replace(/-/g, '_');
    const pg = connectEnv.postgres;
    const created = await api(connectorsPath(), {
      method: 'POST',
      json: {
        name,
        config: {
          'connector.class': POSTGRES_SOURCE,
          'database.hostname': pg.host,
          'database.port': String(pg.port),
          'database.user': pg.user,
          'database.password': pg.password,
          'database.dbname': pg.database,
          'topic.prefix': prefix,
          'table.include.list': 'public.payments',
          'plugin.name': 'pgoutput',
          'slot.name': prefix,
          'publication.name': `${prefix}_pub`,
          'publication.autocreate.mode': 'filtered',
          'decimal.handling.mode': 'string',
          'snapshot.mode': 'no_data',
          'topic.creation.default.replication.factor': '1',
          'topic.creation.default.partitions': '1',
        },
      },
    });
    expect(created.status).toBe(201);
    // Debezium types database.password as PASSWORD: Fluxo never shows it.
    expect(created.body.config['database.password']).toBe('********');
    expect(created.body.maskedKeys).toContain('database.password');
    await eventually(async () => {
      const { body } = await connectRest(`/connectors/${name}/status`);
      return body?.tasks?.[0]?.state === 'RUNNING' ? true : undefined;
    }, { timeoutMs: 90_000 });
    // The slot exists once the task streams: from then on every insert is captured.
    await eventually(async () => (psql(`SELECT active FROM pg_replication_slots WHERE slot_name = '${prefix}'`).trim() === 't' ? true : undefined), { timeoutMs: 60_000 });

    const id = uniqueName('pay');
    psql(`INSERT INTO payments (id, ts, payer, payee, amount, currency, status, method, country)
          VALUES ('${id}', now(), 'alice', 'bob', 1234.50, 'EUR', 'settled', 'card', 'PT')`);
    const topic = `${prefix}.public.payments`;
    const event = await eventually(async () => {
      const page = await api(`/api/clusters/local/topics/${topic}/messages?from=oldest&limit=50`);
      if (page.status !== 200) return undefined;
      const hit = page.body.messages.find((m: { value: string | null }) => m.value?.includes(id));
      return hit ? JSON.parse(hit.value) : undefined;
    }, { timeoutMs: 90_000 });
    expect(event.op).toBe('c');
    expect(event.after).toMatchObject({ id, payer: 'alice', amount: '1234.50', currency: 'EUR' });

    expect((await api(`${connectorsPath()}/${name}?confirm=${name}`, { method: 'DELETE' })).status).toBe(200);
    await eventually(async () => ((await connectRest(`/connectors/${name}`)).status === 404 ? true : undefined));
    // The task is gone: its replication slot can be dropped, so the WAL is not kept for it.
    await eventually(async () => (psql(`SELECT active FROM pg_replication_slots WHERE slot_name = '${prefix}'`).trim() === 'f' ? true : undefined));
    psql(`SELECT pg_drop_replication_slot('${prefix}')`);
  });
});
