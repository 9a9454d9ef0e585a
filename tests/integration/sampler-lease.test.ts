import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopServer } from '../../scripts/lib/server.mjs';
import { eventually, kafkaTool, testEnv, uniqueName } from './env';
import { consumeWithKafkajs, produce } from '../helpers/kafka-clients';
import { createTopic } from './groups-helpers';

const bootstrap = testEnv.single.bootstrap;
const INTERVAL_MS = 10_000;
// Ports of this helper's range, apart from the main test server's.
const PORT_BASE = Number(process.env.FLUXO_TEST_PORT_BASE ?? 19000) + 1300;

type Server = { pid: number; url: string };
const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => stopServer(s)));
});

/** When each sample of `group` was taken, from the history topic itself (kafka-console-consumer prints the record time). */
function sampleTimes(historyTopic: string, group: string): number[] {
  const out = kafkaTool('kafka-console-consumer', [
    '--bootstrap-server', bootstrap, '--topic', historyTopic, '--from-beginning', '--timeout-ms', '5000',
    '--property', 'print.key=true', '--property', 'print.timestamp=true', '--property', 'print.value=false',
  ]);
  return out
    .split('\n')
    .map((l) => /^CreateTime:(\d+)\s+(.*)$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => !!m && m[2] === group)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

async function leaseHeld(server: Server): Promise<boolean> {
  const text = await (await fetch(`${server.url}/api/clusters/local/consumer-group-metrics`)).text();
  return /fluxo_lag_sampler_lease_held\{cluster="local"\} 1/.test(text);
}

describe('lag sampler lease across console replicas', () => {
  it('has exactly one of two servers write each sample, and the other takes over when the holder is killed', async () => {
    const topic = uniqueName('lease');
    const group = uniqueName('g-lease');
    createTopic(bootstrap, topic, 1);
    await produce(bootstrap, topic, 1, 4);
    await consumeWithKafkajs(bootstrap, group, topic, 4);

    // A config with only the cluster under test, and a history topic and lease of this test's own.
    const runDir = path.dirname(testEnv.serverLog);
    const configFile = path.join(runDir, 'lease-clusters.json');
    writeFileSync(configFile, JSON.stringify({ clusters: [{ name: 'local', brokers: bootstrap.split(',') }] }));
    const historyTopic = uniqueName('__fluxo_lag_history_lease');
    const env = {
      FLUXO_CONFIG: configFile,
      FLUXO_LAG_SAMPLE_INTERVAL_MS: String(INTERVAL_MS),
      FLUXO_LAG_HISTORY_TOPIC: historyTopic,
      FLUXO_LAG_HISTORY_PARTITIONS: '1',
      FLUXO_LAG_LEASE_TOPIC: uniqueName('__fluxo_lag_lease'),
      FLUXO_LAG_LEASE_GROUP: uniqueName('fluxo-lease'),
      FLUXO_LAG_LEASE_SESSION_TIMEOUT_MS: '6000',
    };
    const [a, b] = await Promise.all(
      [0, 1].map((i) => startServer({ port: PORT_BASE + i, env, logFile: path.join(runDir, `lease-server-${i}.log`) })),
    );
    servers.push(a!, b!);

    // One holder, and samples of both servers' interval arriving one per interval.
    const holder = await eventually(async () => {
      const held = await Promise.all([leaseHeld(a!), leaseHeld(b!)]);
      return held.filter(Boolean).length === 1 ? (held[0] ? a! : b!) : undefined;
    }, { timeoutMs: 120_000, intervalMs: 1_000 });
    const other = holder === a ? b! : a!;
    const before = await eventually(async () => {
      const times = sampleTimes(historyTopic, group);
      return times.length >= 3 ? times : undefined;
    }, { timeoutMs: 120_000, intervalMs: 2_000 });
    const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);
    // Two samplers would write two records per interval: every gap is about one interval, none near zero.
    expect(gaps(before).every((g) => g > INTERVAL_MS / 2)).toBe(true);

    // The holder dies without leaving the group (SIGKILL): Kafka hands the lease over after the session timeout.
    process.kill(-holder.pid, 'SIGKILL');
    servers.splice(servers.indexOf(holder), 1);
    const killedAt = Date.now();
    await eventually(async () => ((await leaseHeld(other)) ? true : undefined), { timeoutMs: 120_000, intervalMs: 1_000 });
    const after = await eventually(async () => {
      const times = sampleTimes(historyTopic, group);
      return times.filter((t) => t > killedAt).length >= 2 ? times : undefined;
    }, { timeoutMs: 120_000, intervalMs: 2_000 });
    expect(gaps(after).every((g) => g > INTERVAL_MS / 2)).toBe(true);
    // The handover costs at most one missed sample: no gap reaches three intervals.
    expect(Math.max(...gaps(after))).toBeLessThan(3 * INTERVAL_MS);
  }, 480_000);
});
