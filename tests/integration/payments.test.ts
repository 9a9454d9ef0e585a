// Payments end to end on the real broker: generator → transactional aggregator → aggregate topic → API,
// checked against a recomputation from the raw topic read with kcat. Includes kill -9 mid-stream.
import { afterEach, describe, expect, it } from 'vitest';
import { api, eventually, kafkaTool, testEnv, uniqueName } from './env';
import {
  type AggregatorProcess,
  endOffsets,
  kcatProduce,
  readAggregates,
  recomputeFromRawTopic,
  runProducer,
  startAggregatorProcess,
  stopProcess,
  totalsFromAggregates,
  type WindowTotals,
} from './payments-helpers';

const bootstrap = () => testEnv.single.bootstrap;
const GRACE_MS = 30_000;
const running: AggregatorProcess[] = [];

function aggregator(input: string, output: string, group: string, extra: string[] = []) {
  const p = startAggregatorProcess(['--brokers', bootstrap(), '--input', input, '--output', output, '--group', group, '--grace', '30s', ...extra]);
  running.push(p);
  return p;
}

/** Waits until the instance has committed every partition up to the raw topic's end. */
async function caughtUp(p: AggregatorProcess, ends: Map<number, bigint>, timeoutMs = 90_000) {
  await eventually(
    async () => ([...ends].every(([partition, end]) => (p.committed.get(partition) ?? 0n) >= end) ? true : undefined),
    { timeoutMs },
  );
}

const asPlain = (m: Map<string, WindowTotals>) =>
  Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { ...v, sumMinor: String(v.sumMinor), minMinor: String(v.minMinor), maxMinor: String(v.maxMinor) }]));

afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => stopProcess(p)));
});

describe('payments aggregator', () => {
  it('aggregates 20,000 seeded events exactly as a recomputation from the raw topic, and the API serves them', async () => {
    // The `local` cluster's configured topics (defaults), which GET .../payments/summary reads.
    runProducer(['--brokers', bootstrap(), '--topic', 'payments', '--seed', '42', '--rate', '200', '--count', '20000', '--fast', '--start', '2020-06-25T14:06:00-03:00']);
    const ends = endOffsets(bootstrap(), 'payments');
    expect([...ends.values()].reduce((a, b) => a + b, 0n)).toBe(20_000n);
    const p = aggregator('payments', 'payments.stats.1m', 'fluxo-payments');
    await caughtUp(p, ends);

    const expected = recomputeFromRawTopic(bootstrap(), 'payments', GRACE_MS);
    expect(expected.events).toBe(20_000);
    expect(expected.dropped).toBeGreaterThan(0);
    const actual = totalsFromAggregates(readAggregates(bootstrap(), 'payments.stats.1m').latest);
    expect(asPlain(actual.totals)).toEqual(asPlain(expected.totals));
    expect(actual.dropped).toBe(expected.dropped);

    // The consumer group's committed offsets (Kafka's own tool) are at the end: nothing left to process.
    const described = kafkaTool('kafka-consumer-groups', ['--bootstrap-server', bootstrap(), '--describe', '--group', 'fluxo-payments']);
    const lags = described.split('\n').filter((l) => l.startsWith('fluxo-payments ')).map((l) => l.trim().split(/\s+/)[5]);
    expect(lags).toHaveLength(6);
    expect(lags.every((lag) => lag === '0')).toBe(true);

    const { status, body } = await api('/api/clusters/local/payments/summary?from=2020-06-25T17:00:00Z&to=2020-06-25T18:00:00Z');
    expect(status).toBe(200);
    expect(body.rawTopicCheck.status).toBe('ok');
    expect(body.dropped).toBe(expected.dropped);
    const fromApi = new Map<string, WindowTotals>(
      body.windows.map((w: any) => [`${w.start}|${w.currency}|${w.status}`, { count: w.count, sumMinor: BigInt(w.sumMinor), minMinor: BigInt(w.minMinor), maxMinor: BigInt(w.maxMinor) }]),
    );
    expect(asPlain(fromApi)).toEqual(asPlain(expected.totals));
    for (const w of body.windows) {
      expect(BigInt(w.p50Minor)).toBeLessThanOrEqual(BigInt(w.p95Minor) + 1n);
      expect(Number(w.p95Minor)).toBeLessThanOrEqual(Number(w.maxMinor) * 1.01 + 1);
    }
    // Producing, aggregating and recomputing 20,000 events with two CLI tools and kcat takes longer than the default.
  }, 180_000);

  it('stays exactly-once when killed with SIGKILL mid-stream and restarted; read_committed never sees aborted results', async () => {
    const input = uniqueName('payments-crash');
    const output = `${input}.stats`;
    const group = uniqueName('fluxo-payments-crash');
    runProducer(['--brokers', bootstrap(), '--topic', input, '--seed', '7', '--rate', '200', '--count', '20000', '--fast', '--start', '2020-06-25T14:06:00-03:00']);
    const ends = endOffsets(bootstrap(), input);

    // Small batches: many transactions, so the kill lands mid-stream, likely inside one.
    const first = aggregator(input, output, group, ['--batch-bytes', '16384']);
    // Kill it once some batches are committed and before it is done.
    await eventually(async () => (first.committed.size >= 2 ? true : undefined), { timeoutMs: 60_000 });
    first.child.kill('SIGKILL');
    await first.exited;
    const committedAtKill = [...first.committed.values()].reduce((a, b) => a + b, 0n);
    expect(committedAtKill).toBeLessThan(20_000n);

    const second = aggregator(input, output, group, ['--batch-bytes', '16384']);
    await caughtUp(second, ends);

    const expected = recomputeFromRawTopic(bootstrap(), input, GRACE_MS);
    const committed = readAggregates(bootstrap(), output, 'read_committed');
    const actual = totalsFromAggregates(committed.latest);
    expect(asPlain(actual.totals)).toEqual(asPlain(expected.totals));
    expect(actual.dropped).toBe(expected.dropped);

    // Every committed record, not just the newest: counts per key only grow and never pass the final one,
    // so no aborted (double-counted) partial is visible to read_committed consumers.
    const seen = new Map<string, number>();
    for (const { key, value } of committed.all) {
      const n = value.kind === 'window' ? value.count : value.droppedLate;
      expect(n).toBeGreaterThanOrEqual(seen.get(key) ?? 0);
      seen.set(key, n);
    }
    const uncommitted = readAggregates(bootstrap(), output, 'read_uncommitted');
    expect(uncommitted.all.length).toBeGreaterThanOrEqual(committed.all.length);
  });

  it('answers 409 with a clear message for an aggregate topic that does not follow the schema', async () => {
    // The test config's "payments-invalid" cluster points payments.aggregateTopic at this topic.
    kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap(), '--create', '--if-not-exists', '--topic', 'not-payments.stats', '--partitions', '2']);
    kcatProduce(bootstrap(), 'not-payments.stats', ['k1\t{"hello":"world"}', 'k2\tplain text, not JSON']);
    const { status, body } = await api('/api/clusters/payments-invalid/payments/summary');
    expect(status).toBe(409);
    expect(body.error.message).toMatch(/does not hold Fluxo payment aggregates/);
  });

  it('answers 400 for a range whose start is not before its end, and 404 for a missing aggregate topic', async () => {
    const bad = await api('/api/clusters/local/payments/summary?from=2020-06-25T18:00:00Z&to=2020-06-25T17:00:00Z');
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    const missing = await api('/api/clusters/three/payments/summary');
    expect(missing).toMatchObject({ status: 404, body: { error: { message: expect.stringContaining('payments.stats.1m') } } });
    const doc = await api('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toContain('/api/clusters/{cluster}/payments/summary');
  });
});
