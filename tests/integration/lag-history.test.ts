import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer, stopServer } from '../../scripts/lib/server.mjs';
import { api, eventually, kafkaTool, testEnv, uniqueName } from './env';
import { consumeWithKafkajs, produce } from '../helpers/kafka-clients';
import { createTopic } from './groups-helpers';
import { parseTopicsDescribe } from './kafka-cli';

const bootstrap = testEnv.single.bootstrap;
const HISTORY_TOPIC = '__fluxo_lag_history';

interface HistoryPoint {
  at: string;
  totalLag: number;
  status: string;
}

describe('lag history', () => {
  it("keeps samples in Fluxo's own time-retained topic, where a second server (a restart or a replica) reads them", async () => {
    const topic = uniqueName('hist');
    const group = uniqueName('g-hist');
    createTopic(bootstrap, topic, 2);
    await produce(bootstrap, topic, 2, 4);
    await consumeWithKafkajs(bootstrap, group, topic, 8);
    await produce(bootstrap, topic, 2, 3);
    await api('/api/clusters/local/consumer-groups');

    const history = await eventually(async () => {
      const { body } = await api(`/api/clusters/local/consumer-groups/${group}/history?minutes=10`);
      const last = body.points?.at(-1);
      return body.source === 'topic' && body.points.length >= 3 && last.totalLag === 6 && last.status === 'STOP' ? body : undefined;
    });
    expect(history.topics).toEqual([topic]);
    // No member and the offset never moves while lag remains: STOP once the window has enough samples.
    expect(history.points.at(-1)).toMatchObject({ totalLag: 6, byTopic: { [topic]: 6 }, status: 'STOP' });

    const described = parseTopicsDescribe(kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--describe', '--topic', HISTORY_TOPIC]));
    expect(described.topics.get(HISTORY_TOPIC)?.configs).toMatch(/cleanup\.policy=delete/);
    expect(described.topics.get(HISTORY_TOPIC)?.configs).toMatch(/retention\.ms=\d+/);

    const port = Number(new URL(testEnv.url).port) + 50;
    // Its own lease group: joining the main server's would move the lease, and with it the writes other suites wait for.
    const env = { FLUXO_CONFIG: testEnv.configFile, FLUXO_LAG_LEASE_GROUP: uniqueName('fluxo-lag-sampler-reader') };
    const second = await startServer({ port, env, logFile: path.join(path.dirname(testEnv.serverLog), 'server-2.log') });
    try {
      const res = await fetch(`${second.url}/api/clusters/local/consumer-groups/${group}/history?minutes=10`);
      const body = (await res.json()) as { source: string; points: HistoryPoint[] };
      expect(body.source).toBe('topic');
      const firstAt = history.points[0].at;
      expect(body.points.some((p) => p.at === firstAt)).toBe(true);
    } finally {
      await stopServer(second);
    }
  });

  it('never writes to a read-only cluster: its history stays in server memory', async () => {
    const topic = uniqueName('hist-ro');
    const group = uniqueName('g-hist-ro');
    createTopic(bootstrap, topic, 1);
    await produce(bootstrap, topic, 1, 2);
    await consumeWithKafkajs(bootstrap, group, topic, 2);
    await api('/api/clusters/readonly/consumer-groups');
    const body = await eventually(async () => {
      const r = await api(`/api/clusters/readonly/consumer-groups/${group}/history`);
      return r.body.points?.length >= 2 ? r.body : undefined;
    });
    expect(body.source).toBe('memory');
  });
});
