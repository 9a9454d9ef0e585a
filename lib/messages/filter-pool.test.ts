import { describe, expect, it } from 'vitest';
import { FilterPool, FilterStopped } from './filter-pool';

const input = { key: 'k', value: { amount: 1 } };
const never = new AbortController().signal;

describe('FilterPool', () => {
  it('evaluates in a worker thread and answers with verdicts and the time spent', async () => {
    const pool = new FilterPool({ size: 1, hardTimeoutMs: 30_000, heapMb: 64 });
    const result = await pool.evaluate('value.amount = 1', [input, { value: { amount: 2 } }], never);
    expect(result).toMatchObject({ matched: [true, false], stopped: null });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('terminates a worker stuck in one long builtin call, and the next slice gets a fresh one', async () => {
    // $distinct over 10,000 pairs is one synchronous call of seconds on any machine (each pair deep-compared
    // with those kept): no JSONata step in between where the engine's own 250 ms check could stop it first.
    const pool = new FilterPool({ size: 1, hardTimeoutMs: 300, heapMb: 64 });
    const stuck = pool.evaluate('$count($distinct($zip([1..10000], [1..10000]))) > 0', [input], never);
    await expect(stuck).rejects.toThrow(FilterStopped);
    await expect(stuck).rejects.toThrow(/ran longer than 0.3 s and was terminated/);
    expect((await pool.evaluate('true', [input], never)).matched).toEqual([true]);
  }, 60_000);

  it('drops a queued or running slice when its signal aborts', async () => {
    const pool = new FilterPool({ size: 1, hardTimeoutMs: 30_000, heapMb: 64 });
    const leaving = new AbortController();
    const running = pool.evaluate('$count($distinct([1..10000])) > 0', [input], leaving.signal);
    const queued = pool.evaluate('true', [input], leaving.signal);
    leaving.abort();
    await expect(running).rejects.toThrow(/cancelled/);
    await expect(queued).rejects.toThrow(/cancelled/);
  });
});
