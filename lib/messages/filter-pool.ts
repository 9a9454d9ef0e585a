import 'server-only';
// A small pool of worker threads that evaluate user filters, so that no expression runs on the thread that
// serves requests. Each worker has a heap limit; one that runs past its time or memory is terminated (which
// interrupts even a synchronous builtin) and replaced. Work is handed out in short slices, first come first
// served, so one slow search cannot hold the pool while others wait.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { FluxoError } from '../errors';
import { setFilterWorkers } from '../metrics';
import type { SliceResult } from './filter-engine.mjs';

/**
 * Loaded by Node from the source tree, not from the bundle: `next start` runs in the project folder, and
 * the worker and the modules it imports are plain JavaScript (see filter-worker.mjs).
 */
const WORKER_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'messages', 'filter-worker.mjs');
/** Leaves a core to the request-serving thread on a small machine. */
export const FILTER_POOL_SIZE = Math.min(4, Math.max(1, availableParallelism() - 1));
/** A worker evaluates for about this long before it answers and takes the next slice in the queue. */
export const SLICE_MS = 50;
/**
 * A worker that has not answered a slice within this is terminated. Between JSONata steps a message stops
 * itself after 250 ms; this catches a single builtin call that runs long (e.g. $distinct over a large array).
 */
export const SLICE_HARD_TIMEOUT_MS = 5_000;
/** Heap of one worker; a filter needing more is stopped. */
export const WORKER_HEAP_MB = 128;
/** A worker idle this long is ended, giving its memory back. */
const IDLE_MS = 30_000;

export class FilterStopped extends FluxoError {
  constructor(reason: string) {
    super('bad_request', `The filter was stopped: ${reason}`);
  }
}

export const cancelled = () => new FluxoError('bad_request', 'The filter evaluation was cancelled: its client left');

interface Job {
  expression: string;
  inputs: readonly unknown[];
  signal: AbortSignal;
  resolve: (result: SliceResult) => void;
  reject: (err: FluxoError) => void;
  onAbort: () => void;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  sliceId: number;
  hardTimer?: NodeJS.Timeout;
  idleTimer?: NodeJS.Timeout;
}

export interface FilterPoolOptions {
  size: number;
  hardTimeoutMs: number;
  heapMb: number;
}

export class FilterPool {
  private readonly workers = new Set<PoolWorker>();
  private readonly queue: Job[] = [];
  private nextSliceId = 1;

  constructor(private readonly options: FilterPoolOptions = { size: FILTER_POOL_SIZE, hardTimeoutMs: SLICE_HARD_TIMEOUT_MS, heapMb: WORKER_HEAP_MB }) {}

  /** Evaluates inputs in a worker until its slice time is used; the answer may cover only the first ones. */
  evaluate(expression: string, inputs: readonly unknown[], signal: AbortSignal): Promise<SliceResult> {
    return new Promise<SliceResult>((resolve, reject) => {
      if (signal.aborted) return reject(cancelled());
      const job: Job = {
        expression,
        inputs,
        signal,
        resolve,
        reject,
        onAbort: () => this.abort(job),
      };
      signal.addEventListener('abort', job.onAbort, { once: true });
      this.queue.push(job);
      this.dispatch();
    });
  }

  private settle(job: Job): void {
    job.signal.removeEventListener('abort', job.onAbort);
  }

  private abort(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job);
      job.reject(cancelled());
      return;
    }
    // Running: the client left, so its work stops now rather than at the end of the slice.
    for (const w of this.workers) if (w.job === job) this.kill(w, cancelled());
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const idle = [...this.workers].find((w) => w.ready && !w.job);
      if (!idle) {
        if (this.workers.size < this.options.size && ![...this.workers].some((w) => !w.ready)) this.spawn();
        return;
      }
      this.run(idle, this.queue.shift()!);
    }
  }

  private run(w: PoolWorker, job: Job): void {
    clearTimeout(w.idleTimer);
    w.job = job;
    w.sliceId = this.nextSliceId++;
    const { hardTimeoutMs } = this.options;
    w.hardTimer = setTimeout(() => this.kill(w, new FilterStopped(`one evaluation ran longer than ${hardTimeoutMs / 1000} s and was terminated`)), hardTimeoutMs);
    w.worker.postMessage({ sliceId: w.sliceId, expression: job.expression, inputs: job.inputs, sliceMs: SLICE_MS });
  }

  private spawn(): void {
    const worker = new Worker(WORKER_FILE, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: Math.min(16, this.options.heapMb), stackSizeMb: 4 },
      // The server's environment holds cluster passwords; an expression has no business seeing it.
      env: {},
    });
    worker.unref();
    const w: PoolWorker = { worker, ready: false, job: null, sliceId: 0 };
    this.workers.add(w);
    this.report();
    worker.on('message', (msg: { ready?: true; sliceId?: number } & Partial<SliceResult>) => {
      if (msg.ready) {
        w.ready = true;
        this.idle(w);
        return;
      }
      const job = w.job;
      if (!job || msg.sliceId !== w.sliceId) return;
      clearTimeout(w.hardTimer);
      w.job = null;
      this.settle(job);
      job.resolve({ matched: msg.matched ?? [], lastError: msg.lastError ?? null, stopped: msg.stopped ?? null, elapsedMs: msg.elapsedMs ?? 0 });
      this.idle(w);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const reason =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new FilterStopped(`it needed more than ${this.options.heapMb} MB of memory`)
          : new FluxoError('internal', 'The filter engine failed; see the server log');
      if (err.code !== 'ERR_WORKER_OUT_OF_MEMORY') console.error('[fluxo] filter worker failed:', err);
      this.kill(w, reason);
    });
    worker.on('exit', () => this.kill(w, new FluxoError('internal', 'The filter engine stopped; see the server log')));
  }

  /** A worker that dies before it is ready would die again: fail what waits instead of respawning. */
  private failStart(w: PoolWorker): void {
    if (w.ready) return;
    for (const job of this.queue.splice(0)) {
      this.settle(job);
      job.reject(new FluxoError('internal', 'The filter engine could not start; see the server log'));
    }
  }

  /** Only the process's pool is what /api/metrics shows. */
  private report(): void {
    if (this === (globalThis as { __fluxoFilterPool?: FilterPool }).__fluxoFilterPool) setFilterWorkers(this.workers.size);
  }

  private idle(w: PoolWorker): void {
    clearTimeout(w.idleTimer);
    w.idleTimer = setTimeout(() => {
      if (!w.job) this.kill(w, cancelled());
    }, IDLE_MS);
    w.idleTimer.unref();
    this.dispatch();
  }

  /** Ends a worker (at once, also mid-evaluation), fails its slice with `reason`, and serves the queue. */
  private kill(w: PoolWorker, reason: FluxoError): void {
    if (!this.workers.delete(w)) return;
    this.failStart(w);
    this.report();
    clearTimeout(w.hardTimer);
    clearTimeout(w.idleTimer);
    void w.worker.terminate();
    const job = w.job;
    w.job = null;
    if (job) {
      this.settle(job);
      job.reject(reason);
    }
    this.dispatch();
  }
}

/** One pool per process; on globalThis because Next.js loads route bundles separately. */
export function filterPool(): FilterPool {
  const g = globalThis as { __fluxoFilterPool?: FilterPool };
  return (g.__fluxoFilterPool ??= new FilterPool());
}
