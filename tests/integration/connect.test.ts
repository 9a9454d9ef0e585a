import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectEnv, connectPassword, connectorsPath, connectRest, kcatValues } from './connect-env';
import { api, eventually, testEnv, uniqueName } from './env';

const bootstrap = testEnv.single.bootstrap;
const FILE_SOURCE = 'org.apache.kafka.connect.file.FileStreamSourceConnector';
const FILE_SINK = 'org.apache.kafka.connect.file.FileStreamSinkConnector';
/** The worker creates a source's topic itself (the brokers do not auto-create topics). */
const TOPIC_CREATION = { 'topic.creation.default.replication.factor': '1', 'topic.creation.default.partitions': '1' };

async function connectorState(name: string) {
  const { status, body } = await connectRest(`/connectors/${name}/status`);
  return status === 200 ? { connector: body.connector.state as string, tasks: (body.tasks as { state: string }[]).map((t) => t.state) } : undefined;
}

const inState = (name: string, state: string, tasks = 1) =>
  eventually(async () => {
    const s = await connectorState(name);
    return s && s.connector === state && s.tasks.length === tasks && s.tasks.every((t) => t === state) ? s : undefined;
  }, { timeoutMs: 60_000 });

describe.skipIf(!testEnv.haveKcat)('Kafka Connect through Fluxo, against a real worker', () => {
  it('creates a FileStreamSource that runs and produces the file, pauses, resumes and is deleted', async () => {
    const name = uniqueName('file-src');
    const topic = uniqueName('file-lines');
    const file = path.join(connectEnv.filesDir, `${name}.txt`);
    writeFileSync(file, 'line-1\nline-2\nline-3\n');

    const created = await api(connectorsPath(), {
      method: 'POST',
      json: { name, config: { 'connector.class': FILE_SOURCE, 'tasks.max': '1', file, topic, 'fluxo.test.password': 'hunter2-5f1e', ...TOPIC_CREATION } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, type: 'source', plugin: FILE_SOURCE });
    // A value named like a secret is masked in Fluxo's answer, and kept as is in Connect.
    expect(created.body.config['fluxo.test.password']).toBe('********');
    expect(JSON.stringify(created.body)).not.toContain('hunter2-5f1e');
    expect((await connectRest(`/connectors/${name}/config`)).body['fluxo.test.password']).toBe('hunter2-5f1e');

    await inState(name, 'RUNNING');
    // JsonConverter without schemas writes each line as a JSON string.
    await eventually(async () => (kcatValues(bootstrap, topic).length === 3 ? true : undefined));
    expect(kcatValues(bootstrap, topic)).toEqual(['"line-1"', '"line-2"', '"line-3"']);

    const detail = await api(`${connectorsPath()}/${name}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ state: 'RUNNING', tasksRunning: 1, tasksFailed: 0, topics: [topic], activeTopics: [topic], sinkGroup: null });
    expect(detail.body.tasks[0].workerId).toBe((await connectRest(`/connectors/${name}/status`)).body.tasks[0].worker_id);
    const offsets = await api(`${connectorsPath()}/${name}/offsets`);
    expect(offsets.status).toBe(200);
    expect(offsets.body.offsets).toEqual((await connectRest(`/connectors/${name}/offsets`)).body.offsets);

    const listed = await api(connectorsPath());
    expect(listed.body.connectors.find((c: { name: string }) => c.name === name)).toMatchObject({ state: 'RUNNING', type: 'source', topics: [topic] });

    expect((await api(`${connectorsPath()}/${name}/actions`, { method: 'POST', json: { action: 'pause' } })).status).toBe(200);
    await inState(name, 'PAUSED');
    const offsetBefore = (await connectRest(`/connectors/${name}/offsets`)).body.offsets;
    appendFileSync(file, 'line-4\nline-5\n');
    // Paused: the task reads nothing more, so neither its committed position nor the topic moves.
    expect((await connectRest(`/connectors/${name}/offsets`)).body.offsets).toEqual(offsetBefore);
    expect(kcatValues(bootstrap, topic)).toHaveLength(3);

    expect((await api(`${connectorsPath()}/${name}/actions`, { method: 'POST', json: { action: 'resume' } })).status).toBe(200);
    await inState(name, 'RUNNING');
    await eventually(async () => (kcatValues(bootstrap, topic).length === 5 ? true : undefined));
    expect(kcatValues(bootstrap, topic).slice(3)).toEqual(['"line-4"', '"line-5"']);

    // Editing keeps the masked secret: the edit sends "********" back and Connect still holds the real value.
    const edited = await api(`${connectorsPath()}/${name}/config`, { method: 'PUT', json: { config: { ...detail.body.config, 'batch.size': '100' } } });
    expect(edited.status).toBe(200);
    const stored = (await connectRest(`/connectors/${name}/config`)).body;
    expect(stored).toMatchObject({ 'batch.size': '100', 'fluxo.test.password': 'hunter2-5f1e' });

    expect((await api(`${connectorsPath()}/${name}?confirm=wrong`, { method: 'DELETE' })).status).toBe(400);
    expect((await connectRest(`/connectors/${name}`)).status).toBe(200);
    expect((await api(`${connectorsPath()}/${name}?confirm=${name}`, { method: 'DELETE' })).status).toBe(200);
    await eventually(async () => ((await connectRest(`/connectors/${name}`)).status === 404 ? true : undefined));
    expect((await api(`${connectorsPath()}/${name}`)).status).toBe(404);
  });

  it('shows a failed sink task with its trace, and restart onlyFailed brings it back', async () => {
    const name = uniqueName('file-sink');
    const topic = uniqueName('sink-in');
    const source = uniqueName('sink-feed');
    const feedFile = path.join(connectEnv.filesDir, `${source}.txt`);
    writeFileSync(feedFile, 'a\nb\n');
    const feed = await api(connectorsPath(), {
      method: 'POST',
      json: { name: source, config: { 'connector.class': FILE_SOURCE, file: feedFile, topic, ...TOPIC_CREATION } },
    });
    expect(feed.status).toBe(201);
    await eventually(async () => (kcatValues(bootstrap, topic).length === 2 ? true : undefined));

    // The sink's directory does not exist yet: its task fails at start.
    const outDir = path.join(connectEnv.filesDir, `${name}-out`);
    const outFile = path.join(outDir, 'sink.txt');
    const created = await api(connectorsPath(), { method: 'POST', json: { name, config: { 'connector.class': FILE_SINK, topics: topic, file: outFile } } });
    expect(created.status).toBe(201);
    await eventually(async () => ((await connectorState(name))?.tasks[0] === 'FAILED' ? true : undefined), { timeoutMs: 60_000 });

    const failed = await api(`${connectorsPath()}/${name}`);
    expect(failed.body).toMatchObject({ type: 'sink', tasksFailed: 1, tasksRunning: 0, sinkGroup: { groupId: `connect-${name}` } });
    expect(failed.body.tasks[0].state).toBe('FAILED');
    expect(failed.body.tasks[0].trace).toBe((await connectRest(`/connectors/${name}/status`)).body.tasks[0].trace);
    expect(failed.body.tasks[0].trace).toMatch(/Exception/);
    const overview = await api('/api/clusters/local/connect');
    expect(overview.body.connectors[0]).toMatchObject({ tasksFailed: 1 });

    mkdirSync(outDir, { recursive: true });
    const restart = await api(`${connectorsPath()}/${name}/actions`, { method: 'POST', json: { action: 'restart', includeTasks: true, onlyFailed: true } });
    expect(restart.status).toBe(200);
    await inState(name, 'RUNNING');
    // The sink's consumer group is Kafka's: its lag reaches 0 once the two lines are written.
    await eventually(async () => {
      const d = await api(`${connectorsPath()}/${name}`);
      return d.body.sinkGroup?.totalLag === 0 ? true : undefined;
    }, { timeoutMs: 60_000 });

    for (const n of [name, source]) expect((await api(`${connectorsPath()}/${n}?confirm=${n}`, { method: 'DELETE' })).status).toBe(200);
  });

  it('refuses a bad config naming the field, and creates nothing', async () => {
    const name = uniqueName('bad');
    const res = await api(connectorsPath(), { method: 'POST', json: { name, config: { 'connector.class': FILE_SOURCE, 'tasks.max': 'many' } } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.message).toMatch(/topic: Missing required configuration/);
    expect(res.body.error.message).toMatch(/tasks\.max/);
    expect((await connectRest(`/connectors/${name}`)).status).toBe(404);

    const validation = await api(`/api/clusters/local/connect/local-connect/plugins/${FILE_SOURCE}/validate`, { method: 'PUT', json: { config: { 'tasks.max': '1' } } });
    expect(validation.status).toBe(200);
    expect(validation.body.errors.map((e: { field: string }) => e.field)).toContain('topic');
  });

  it('refuses changes on a read-only cluster and keeps Connect credentials on the server', async () => {
    const name = uniqueName('ro');
    const res = await api(connectorsPath('readonly'), { method: 'POST', json: { name, config: { 'connector.class': FILE_SOURCE, topic: 't' } } });
    expect(res.status).toBe(403);
    expect((await connectRest(`/connectors/${name}`)).status).toBe(404);

    const overview = await api('/api/clusters/local/connect');
    expect(overview.status).toBe(200);
    const byName = Object.fromEntries(overview.body.connectClusters.map((c: { name: string }) => [c.name, c]));
    expect(byName['local-connect']).toMatchObject({ reachable: true, authentication: 'none', version: (await connectRest('/')).body.version });
    expect(byName['nowhere-connect']).toMatchObject({ reachable: false, authentication: 'basic' });
    expect(overview.body.unreachable.map((u: { connect: string }) => u.connect)).toEqual(['nowhere-connect']);
    expect(JSON.stringify(overview.body)).not.toContain(connectPassword);

    const plugins = await api('/api/clusters/local/connect/local-connect/plugins');
    expect(plugins.body.plugins.map((p: { class: string }) => p.class)).toEqual(
      expect.arrayContaining([FILE_SOURCE, FILE_SINK, 'io.debezium.connector.postgresql.PostgresConnector']),
    );
    expect((await api('/api/clusters/local/connect/no-such-connect/connectors')).status).toBe(404);
  });
});
