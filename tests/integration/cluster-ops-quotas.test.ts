import { describe, expect, it } from 'vitest';
import { api, kafkaTool, testEnv, uniqueName } from './env';

const three = testEnv.triple.bootstrap;
/** Each CLI oracle starts a JVM: seconds apiece on a busy machine. */
const CLI_TEST_MS = 180_000;

/** `kafka-configs --describe` for quotas: "Quota configs for user-principal 'x' are a=1.0, b=2.0". */
function quotasByCli(args: string[]): Record<string, number> {
  const out = kafkaTool('kafka-configs', ['--bootstrap-server', three, '--describe', ...args]);
  const line = /are (.*)$/m.exec(out)?.[1] ?? '';
  return Object.fromEntries([...line.matchAll(/([\w.]+)=([\d.E]+)/g)].map((m) => [m[1]!, Number(m[2])]));
}

describe('client quotas against kafka-configs', () => {
  it('sets and removes user quotas as kafka-configs --entity-type users reports them', async () => {
    const user = uniqueName('quota-user');
    const set = await api('/api/clusters/three/quotas', { method: 'PATCH', json: { entity: { user }, set: { producer_byte_rate: 1048576, request_percentage: 25 } } });
    expect(set.status).toBe(200);
    expect(set.body.find((q: { entity: { user?: string } }) => q.entity.user === user)?.values).toEqual({ producer_byte_rate: 1048576, request_percentage: 25 });
    expect(quotasByCli(['--entity-type', 'users', '--entity-name', user])).toEqual({ producer_byte_rate: 1048576, request_percentage: 25 });

    const removed = await api('/api/clusters/three/quotas', { method: 'PATCH', json: { entity: { user }, remove: ['request_percentage'] } });
    expect(removed.status).toBe(200);
    expect(quotasByCli(['--entity-type', 'users', '--entity-name', user])).toEqual({ producer_byte_rate: 1048576 });
    await api('/api/clusters/three/quotas', { method: 'PATCH', json: { entity: { user }, remove: ['producer_byte_rate'] } });
  }, CLI_TEST_MS);

  it('lists client-id and default quotas set by kafka-configs', async () => {
    const client = uniqueName('quota-client');
    kafkaTool('kafka-configs', ['--bootstrap-server', three, '--alter', '--entity-type', 'clients', '--entity-name', client, '--add-config', 'consumer_byte_rate=2048']);
    kafkaTool('kafka-configs', ['--bootstrap-server', three, '--alter', '--entity-type', 'clients', '--entity-default', '--add-config', 'producer_byte_rate=4096']);
    const { status, body } = await api('/api/clusters/three/quotas');
    expect(status).toBe(200);
    expect(body).toContainEqual({ entity: { clientId: client }, values: { consumer_byte_rate: 2048 } });
    expect(body).toContainEqual({ entity: { clientId: null }, values: quotasByCli(['--entity-type', 'clients', '--entity-default']) });
    await api('/api/clusters/three/quotas', { method: 'PATCH', json: { entity: { clientId: null }, remove: ['producer_byte_rate'] } });
    expect(quotasByCli(['--entity-type', 'clients', '--entity-default'])).toEqual({});
  }, CLI_TEST_MS);

  it("refuses bad input, a read-only cluster, and a value Kafka rejects in Kafka's words", async () => {
    expect((await api('/api/clusters/three/quotas', { method: 'PATCH', json: { entity: {}, set: { producer_byte_rate: 1 } } })).status).toBe(400);
    expect((await api('/api/clusters/three/quotas', { method: 'PATCH', json: { entity: { user: 'u' }, set: { no_such_quota: 1 } } })).status).toBe(400);
    expect((await api('/api/clusters/readonly/quotas', { method: 'PATCH', json: { entity: { user: 'u' }, set: { producer_byte_rate: 1 } } })).status).toBe(403);
  });
});
