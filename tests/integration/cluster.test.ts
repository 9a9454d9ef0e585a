import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { down, KAFKA_VERSION, SCRAM_PORT_OFFSET, up } from '../../scripts/kafka/local-kafka.mjs';
import { startServer } from '../../scripts/lib/server.mjs';
import { api, eventually, kafkaTool, TEST_SASL_PASSWORD, testEnv, uniqueName } from './env';
import { parseQuorumStatus, parseTopicsDescribe, quorumIds } from './kafka-cli';

function describeAll(bootstrap: string) {
  return parseTopicsDescribe(kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--describe']));
}

describe('cluster overview against Kafka CLI tools', () => {
  it('counts the same topics, partitions and brokers as kafka-topics and kafka-metadata-quorum', async () => {
    const bootstrap = testEnv.single.bootstrap;
    kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', uniqueName('ov-a'), '--partitions', '4']);
    kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', uniqueName('ov-b'), '--partitions', '2']);

    const cli = describeAll(bootstrap);
    const quorum = parseQuorumStatus(kafkaTool('kafka-metadata-quorum', ['--bootstrap-server', bootstrap, 'describe', '--status']));
    const { status, body } = await api('/api/clusters/local');

    expect(status).toBe(200);
    expect(body.topics).toBe(cli.topics.size);
    expect(body.partitions).toBe(cli.partitions.length);
    expect(body.underReplicatedPartitions).toBe(cli.partitions.filter((p) => p.isr.length < p.replicas.length).length);
    expect(body.offlinePartitions).toBe(cli.partitions.filter((p) => p.leader < 0).length);
    expect(body.clusterId).toBe(quorum.ClusterId);
    const nodeIds = new Set([...quorumIds(quorum.CurrentVoters), ...quorumIds(quorum.CurrentObservers)]);
    expect(body.brokers.map((b: { id: number }) => b.id).sort()).toEqual([...nodeIds].sort());
  });

  it('shows three brokers and the leader spread that kafka-topics reports on the 3-node cluster', async () => {
    const bootstrap = testEnv.triple.bootstrap;
    kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', uniqueName('spread'), '--partitions', '6', '--replication-factor', '3']);

    const cli = describeAll(bootstrap);
    const { status, body } = await api('/api/clusters/three');
    expect(status).toBe(200);
    expect(body.brokers).toHaveLength(3);
    for (const b of body.brokers as { id: number; leaderPartitions: number; replicaPartitions: number }[]) {
      expect(b.leaderPartitions, `leaders on broker ${b.id}`).toBe(cli.partitions.filter((p) => p.leader === b.id).length);
      expect(b.replicaPartitions, `replicas on broker ${b.id}`).toBe(cli.partitions.filter((p) => p.replicas.includes(b.id)).length);
    }
    expect(body.partitions).toBe(cli.partitions.length);
  });

  it('tells the Kafka release and metadata.version that kafka-features reports', async () => {
    const out = kafkaTool('kafka-features', ['--bootstrap-server', testEnv.single.bootstrap, 'describe']);
    const line = out.split('\n').find((l) => l.startsWith('Feature: metadata.version'))!;
    const supportedMax = /SupportedMaxVersion: (\S+)/.exec(line)![1]!;
    const finalized = /FinalizedVersionLevel: (\S+)/.exec(line)![1]!;
    const { body } = await api('/api/clusters/local');
    expect(body.metadataVersion).toBe(finalized);
    expect(body.kafkaVersion).toBe(supportedMax.split('-')[0]);
    expect(KAFKA_VERSION.startsWith(`${body.kafkaVersion}.`)).toBe(true);
  });

  it('names the KRaft quorum leader and voters as kafka-metadata-quorum does on the 3-node cluster', async () => {
    const quorum = parseQuorumStatus(kafkaTool('kafka-metadata-quorum', ['--bootstrap-server', testEnv.triple.bootstrap, 'describe', '--status']));
    const { body } = await api('/api/clusters/three');
    expect(body.quorum.leaderId).toBe(Number(quorum.LeaderId));
    expect(body.quorum.voters.map((v: { id: number }) => v.id).sort()).toEqual(quorumIds(quorum.CurrentVoters).sort());
    const leaders = body.brokers.filter((b: { isQuorumLeader: boolean }) => b.isQuorumLeader);
    expect(leaders.map((b: { id: number }) => b.id)).toEqual([Number(quorum.LeaderId)]);
  });

  it("lists a broker's configuration as Kafka reports it, with its source", async () => {
    const { status, body } = await api('/api/clusters/local/brokers/1');
    expect(status).toBe(200);
    const logDirs = body.configs.find((c: { name: string }) => c.name === 'log.dirs');
    expect(logDirs).toMatchObject({ source: 'static-broker', sensitive: false });
    expect(logDirs.value).toContain('node-1');
    const autoCreate = body.configs.find((c: { name: string }) => c.name === 'auto.create.topics.enable');
    expect(autoCreate).toMatchObject({ value: 'false', source: 'static-broker' });
  });
});

describe('errors in one shape', () => {
  it('answers 404 for an unknown cluster and broker', async () => {
    expect(await api('/api/clusters/nope')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await api('/api/clusters/local/brokers/42')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('answers 400 naming the parameter for a malformed broker id', async () => {
    const { status, body } = await api('/api/clusters/local/brokers/abc');
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(/^id: /);
  });

  it('documents every route in the OpenAPI document', async () => {
    const { status, body } = await api('/api/openapi.json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/clusters', '/api/clusters/{cluster}', '/api/clusters/{cluster}/brokers', '/api/clusters/{cluster}/brokers/{id}']),
    );
  });
});

describe('a broker that stops and comes back', () => {
  afterAll(() => down({ name: testEnv.ephemeral.name, quiet: true }));

  it('gives 503 in the error shape within about 5 s, then recovers by itself', async () => {
    await up({ nodes: 1, port: testEnv.ephemeral.port, fresh: true });
    expect((await api('/api/clusters/ephemeral')).status).toBe(200);

    await down({ name: testEnv.ephemeral.name, quiet: true });
    // Metadata is cached for a second; poll rather than sleep.
    const stopped = await eventually(async () => {
      const r = await api('/api/clusters/ephemeral');
      return r.status === 200 ? undefined : r;
    });
    expect(stopped.status).toBe(503);
    expect(stopped.body).toEqual({ error: { code: 'unavailable', message: expect.stringContaining('ephemeral') } });

    const list = await api('/api/clusters');
    expect(list.body.find((c: { name: string }) => c.name === 'ephemeral')).toMatchObject({ reachable: false });

    await up({ nodes: 1, port: testEnv.ephemeral.port });
    const back = await eventually(
      async () => {
        const r = await api('/api/clusters/ephemeral');
        return r.status === 200 ? r : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(back.body.brokers).toHaveLength(1);
    // Two broker starts: generous on a busy 2-core machine; this bounds a hang, it measures nothing.
  }, 240_000);
});

describe('a cluster that accepts connections and never answers', () => {
  let silent: Server;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(testEnv.silentPort, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('answers 503 or 504 in the error shape instead of hanging', async () => {
    const { status, body } = await api('/api/clusters/silent');
    // kafkajs's own request timeout (4 s) or Fluxo's deadline (5 s) ends the wait, whichever comes first.
    expect([503, 504]).toContain(status);
    expect(body.error.code).toBe(status === 503 ? 'unavailable' : 'timeout');
    expect(body.error.message).toContain('"silent"');
  });
});

describe('a cluster behind SASL/SCRAM-SHA-512', () => {
  it('connects with the password from the server environment and shows the same cluster as plaintext', async () => {
    const [scram, plain] = await Promise.all([api('/api/clusters/scram'), api('/api/clusters/local')]);
    expect(scram.status).toBe(200);
    expect(scram.body.clusterId).toBe(plain.body.clusterId);
    expect(scram.body.brokers.map((b: { port: number }) => b.port)).toEqual([testEnv.single.port + SCRAM_PORT_OFFSET]);
  });

  it('answers 503 naming the failed authentication for a wrong password, and leaks neither password', async () => {
    const wrong = await api('/api/clusters/scram-wrong');
    expect(wrong.status).toBe(503);
    expect(wrong.body.error.message).toMatch(/authentication failed/i);
    const list = await api('/api/clusters');
    expect(list.body.find((c: { name: string }) => c.name === 'scram')).toMatchObject({ authentication: 'scram-sha-512', reachable: true });
    const everything = JSON.stringify([wrong.body, list.body]) + readFileSync(testEnv.serverLog, 'utf8');
    expect(everything).not.toContain(testEnv.scramPassword);
    expect(everything).not.toContain('not-the-password-91c2');
  });
});

describe('configuration file', () => {
  it('stops the server at start with a message naming the bad field', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fluxo-config-'));
    const file = path.join(dir, 'clusters.json');
    writeFileSync(file, JSON.stringify({ clusters: [{ name: 'prod', brokers: ['kafka-1'] }] }));
    await expect(
      startServer({ port: Number(new URL(testEnv.url).port) + 99, env: { FLUXO_CONFIG: file }, logFile: path.join(dir, 'server.log') }),
    ).rejects.toThrow(/clusters\[0\]\.brokers\[0\]: must be host:port/);
  });

  it('never sends SASL credentials to the browser or the server log', async () => {
    const { body } = await api('/api/clusters');
    const secured = body.find((c: { name: string }) => c.name === 'secured');
    expect(secured).toMatchObject({ authentication: 'scram-sha-512', reachable: false });
    expect(JSON.stringify(body)).not.toContain(TEST_SASL_PASSWORD);
    expect(readFileSync(testEnv.serverLog, 'utf8')).not.toContain(TEST_SASL_PASSWORD);
  });
});
