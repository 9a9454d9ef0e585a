import { Kafka, logLevel } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { api, eventually, kafkaTool, uniqueName } from './env';

/** The node with StandardAuthorizer that scripts/test.mjs starts, and its ordinary SCRAM user. */
const acl = JSON.parse(process.env.FLUXO_TEST_ACL ?? 'null') as { bootstrap: string; scramPort: number; user: { username: string; password: string } };
const principal = `User:${acl.user.username}`;
/** Each CLI oracle starts a JVM: seconds apiece on a busy machine. */
const CLI_TEST_MS = 180_000;

/** Produces one record as the SCRAM user; answers the Kafka error type when refused. */
async function produceAsUser(topic: string): Promise<'ok' | string> {
  const kafka = new Kafka({
    clientId: 'fluxo-acl-test',
    brokers: [`127.0.0.1:${acl.scramPort}`],
    sasl: { mechanism: 'scram-sha-512', username: acl.user.username, password: acl.user.password },
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({ topic, messages: [{ value: 'hello' }] });
    return 'ok';
  } catch (err) {
    // Without retries kafkajs wraps the broker's refusal (KafkaJSNonRetriableError): the type is on the cause.
    let e = err as { type?: string; name?: string; originalError?: unknown; cause?: unknown } | undefined;
    for (let depth = 0; depth < 4 && e && !e.type; depth++) e = (e.originalError ?? e.cause) as typeof e;
    return e?.type ?? (err as Error).name ?? 'error';
  } finally {
    await producer.disconnect();
  }
}

const aclsByCli = (topic: string) => kafkaTool('kafka-acls', ['--bootstrap-server', acl.bootstrap, '--list', '--topic', topic]);

describe('ACLs on a cluster with StandardAuthorizer, against kafka-acls', () => {
  it('refuses a SASL user, allows it after Fluxo creates an ACL, and refuses it again once deleted', async () => {
    const topic = uniqueName('guarded');
    kafkaTool('kafka-topics', ['--bootstrap-server', acl.bootstrap, '--create', '--topic', topic]);
    expect(await produceAsUser(topic)).toMatch(/AUTHORIZATION_FAILED/);

    const rule = { principal, host: '*', operation: 'write', permission: 'allow', resourceType: 'topic', resourceName: topic, patternType: 'literal' };
    const created = await api('/api/clusters/acl/acls', { method: 'POST', json: { acls: [rule] } });
    expect(created.status).toBe(201);
    expect(aclsByCli(topic)).toMatch(new RegExp(`principal=${principal}, host=\\*, operation=WRITE, permissionType=ALLOW`));
    const listed = await api(`/api/clusters/acl/acls?principal=${encodeURIComponent(principal)}&resourceType=topic`);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([rule]);
    await eventually(async () => ((await produceAsUser(topic)) === 'ok' ? true : undefined));

    const preview = await api(`/api/clusters/acl/acls?resourceType=topic&resourceName=${topic}&patternType=literal`);
    expect(preview.body).toEqual([rule]);
    const deleted = await api('/api/clusters/acl/acls', { method: 'DELETE', json: { filter: { resourceType: 'topic', resourceName: topic, patternType: 'literal' }, confirm: true } });
    expect(deleted).toMatchObject({ status: 200, body: { deleted: [rule] } });
    expect(aclsByCli(topic)).not.toContain(principal);
    await eventually(async () => ((await produceAsUser(topic)).includes('AUTHORIZATION_FAILED') ? true : undefined));
  }, CLI_TEST_MS);

  it('lists a prefixed ACL created by kafka-acls, filtered by operation and pattern type', async () => {
    const prefix = uniqueName('team');
    kafkaTool('kafka-acls', ['--bootstrap-server', acl.bootstrap, '--add', '--allow-principal', principal, '--operation', 'Read', '--topic', prefix, '--resource-pattern-type', 'prefixed']);
    const read = await api(`/api/clusters/acl/acls?operation=read&patternType=prefixed&resourceName=${prefix}`);
    expect(read.body).toEqual([{ principal, host: '*', operation: 'read', permission: 'allow', resourceType: 'topic', resourceName: prefix, patternType: 'prefixed' }]);
    expect((await api(`/api/clusters/acl/acls?operation=write&patternType=prefixed&resourceName=${prefix}`)).body).toEqual([]);
    await api('/api/clusters/acl/acls', { method: 'DELETE', json: { filter: { resourceName: prefix, patternType: 'prefixed', resourceType: 'topic' }, confirm: true } });
  }, CLI_TEST_MS);

  it('refuses deletes without confirmation or with a filter matching everything, and says when no authorizer runs', async () => {
    expect((await api('/api/clusters/acl/acls', { method: 'DELETE', json: { filter: { principal } } })).status).toBe(400);
    const everything = await api('/api/clusters/acl/acls', { method: 'DELETE', json: { filter: {}, confirm: true } });
    expect(everything).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('every ACL') } } });
    const none = await api('/api/clusters/local/acls');
    expect(none).toMatchObject({ status: 400, body: { error: { code: 'bad_request', message: expect.stringContaining('no authorizer') } } });
    const readOnly = await api('/api/clusters/readonly/acls', { method: 'POST', json: { acls: [{ principal, host: '*', operation: 'read', permission: 'allow', resourceType: 'topic', resourceName: 'x', patternType: 'literal' }] } });
    expect(readOnly.status).toBe(403);
  });
});
