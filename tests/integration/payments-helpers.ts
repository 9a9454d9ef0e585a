// Runs the payment scripts as child processes against the test broker, and recomputes per-window totals
// straight from the raw topic (read with kcat, an independent client) for comparison.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT_ARGS = ['--conditions=react-server', '--import', 'tsx'];

export function runProducer(args: string[]): string {
  const res = spawnSync('node', [...SCRIPT_ARGS, 'scripts/payments/produce.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`payments:produce failed: ${res.stderr}`);
  return res.stdout;
}

/** An aggregator instance; `committed` holds the next offset per input partition from its --verbose log. */
export interface AggregatorProcess {
  child: ChildProcess;
  committed: Map<number, bigint>;
  output: string[];
  exited: Promise<number | null>;
}

export function startAggregatorProcess(args: string[]): AggregatorProcess {
  const child = spawn('node', [...SCRIPT_ARGS, 'scripts/payments/process.ts', '--verbose', ...args], { cwd: ROOT });
  const committed = new Map<number, bigint>();
  const output: string[] = [];
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      output.push(line);
      const m = /^committed partition (\d+) next offset (\d+)$/.exec(line);
      if (m) committed.set(Number(m[1]), BigInt(m[2]!));
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, committed, output, exited };
}

export async function stopProcess(p: AggregatorProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill(signal);
  await p.exited;
}

export function kcat(args: string[]): string {
  const res = spawnSync('kcat', args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`kcat ${args.join(' ')} failed: ${res.stderr}`);
  return res.stdout;
}

/** Produces "key<TAB>value" lines with kcat. */
export function kcatProduce(bootstrap: string, topic: string, lines: string[]) {
  const res = spawnSync('kcat', ['-b', bootstrap, '-P', '-t', topic, '-K', '\t'], { input: `${lines.join('\n')}\n`, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`kcat -P failed: ${res.stderr}`);
}

/** End offset per partition, as kcat reports it (-Q -o -1 would be per timestamp; use the metadata listing). */
export function endOffsets(bootstrap: string, topic: string): Map<number, bigint> {
  const ends = new Map<number, bigint>();
  for (const line of kcat(['-b', bootstrap, '-C', '-t', topic, '-e', '-q', '-f', '%p %o\n']).split('\n')) {
    const [p, o] = line.split(' ');
    if (p === undefined || o === undefined) continue;
    const next = BigInt(o) + 1n;
    if ((ends.get(Number(p)) ?? 0n) < next) ends.set(Number(p), next);
  }
  return ends;
}

export interface WindowTotals {
  count: number;
  sumMinor: bigint;
  minMinor: bigint;
  maxMinor: bigint;
}

/**
 * Per window+currency+status totals, recomputed from the raw topic in each partition's offset order with
 * the documented lateness rule (dropped once the partition's max event time minus grace passed the window end).
 */
export function recomputeFromRawTopic(bootstrap: string, topic: string, graceMs: number) {
  const byPartition = new Map<number, { offset: number; event: { occurredAt: string; currency: string; status: string; amountMinor: string } }[]>();
  for (const line of kcat(['-b', bootstrap, '-C', '-t', topic, '-e', '-q', '-f', '%p\t%o\t%s\n']).split('\n')) {
    if (!line) continue;
    const [p, o, value] = line.split('\t');
    const list = byPartition.get(Number(p)) ?? [];
    list.push({ offset: Number(o), event: JSON.parse(value!) });
    byPartition.set(Number(p), list);
  }
  const totals = new Map<string, WindowTotals>();
  let dropped = 0;
  let events = 0;
  for (const list of byPartition.values()) {
    list.sort((a, b) => a.offset - b.offset);
    let maxEventMs = -Infinity;
    for (const { event } of list) {
      events++;
      const t = Date.parse(event.occurredAt);
      const start = t - (t % 60_000);
      if (start + 60_000 <= maxEventMs - graceMs) {
        dropped++;
        continue;
      }
      maxEventMs = Math.max(maxEventMs, t);
      const key = `${new Date(start).toISOString()}|${event.currency}|${event.status}`;
      const amount = BigInt(event.amountMinor);
      const w = totals.get(key) ?? { count: 0, sumMinor: 0n, minMinor: amount, maxMinor: amount };
      w.count++;
      w.sumMinor += amount;
      if (amount < w.minMinor) w.minMinor = amount;
      if (amount > w.maxMinor) w.maxMinor = amount;
      totals.set(key, w);
    }
  }
  return { totals, dropped, events };
}

/** The aggregate topic read with read_committed: every record in order, and the newest value per key. */
export function readAggregates(bootstrap: string, topic: string, isolation: 'read_committed' | 'read_uncommitted' = 'read_committed') {
  const all: { key: string; value: any }[] = [];
  const out = kcat(['-b', bootstrap, '-C', '-t', topic, '-e', '-q', '-X', `isolation.level=${isolation}`, '-f', '%k\t%s\n']);
  for (const line of out.split('\n')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    all.push({ key: line.slice(0, tab), value: JSON.parse(line.slice(tab + 1)) });
  }
  const latest = new Map(all.map((r) => [r.key, r.value]));
  return { all, latest };
}

/** Merges the newest per-partition window records into per window+currency+status totals. */
export function totalsFromAggregates(latest: Map<string, any>) {
  const totals = new Map<string, WindowTotals>();
  let dropped = 0;
  for (const v of latest.values()) {
    if (v.kind === 'progress') {
      dropped += v.droppedLate;
      continue;
    }
    const key = `${v.windowStart}|${v.currency}|${v.status}`;
    const w = totals.get(key);
    const min = BigInt(v.minMinor);
    const max = BigInt(v.maxMinor);
    if (!w) totals.set(key, { count: v.count, sumMinor: BigInt(v.sumMinor), minMinor: min, maxMinor: max });
    else {
      w.count += v.count;
      w.sumMinor += BigInt(v.sumMinor);
      if (min < w.minMinor) w.minMinor = min;
      if (max > w.maxMinor) w.maxMinor = max;
    }
  }
  return { totals, dropped };
}
