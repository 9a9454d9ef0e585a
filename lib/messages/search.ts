import 'server-only';
// Search: a scan of a range through a user filter, as a stream of events (matches, progress, done).
import type { Message, SearchQuery } from '../api/schemas/messages';
import type { MessageMasker } from '../access/masking-policy';
import { scanRange } from './scan';
import { compileFilter } from './filter';

/** A scan answers at most this long, whatever the budget says. */
const SEARCH_TIME_BUDGET_MS = 5 * 60_000;
const PROGRESS_EVERY_MS = 250;

export type SearchEvent =
  | { event: 'message'; data: Message }
  | { event: 'progress'; data: { scanned: number; total: number; matched: number; ratePerSec: number; unavailablePartitions?: number[] } }
  | { event: 'done'; data: { reason: 'end' | 'limit' | 'budget' | 'cancelled' } };

/** Compiles first, so a bad filter is a 400 before any stream starts. Masking applies before the filter sees a message. */
export function prepareSearch(cluster: string, topic: string, q: SearchQuery, mask: MessageMasker) {
  const filter = compileFilter(q.filter);
  return async function* search(signal: AbortSignal): AsyncGenerator<SearchEvent> {
    const startedAt = Date.now();
    let matched = 0;
    let scanned = 0;
    let total = 0;
    let lastProgressAt = 0;
    let unavailablePartitions: number[] = [];
    const progress = (): SearchEvent => {
      const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
      const data = { scanned, total, matched, ratePerSec: Math.round(scanned / seconds) };
      return { event: 'progress', data: unavailablePartitions.length ? { ...data, unavailablePartitions } : data };
    };
    let reason: 'end' | 'limit' | 'budget' | 'cancelled' = 'end';
    scan: for await (const batch of scanRange(cluster, topic, q, signal)) {
      total = Math.min(batch.total, q.budget);
      unavailablePartitions = batch.unavailablePartitions;
      const candidates = batch.records.slice(0, Math.max(0, q.budget - scanned));
      // One call per batch, for the records the scan budget leaves; a cancelled search ends as 'cancelled'.
      const matches = await filter.matchRecords(candidates, mask, signal).catch((err: unknown) => {
        if (signal.aborted) return null;
        throw err;
      });
      if (!matches) break;
      for (const { index, message } of matches) {
        matched++;
        yield { event: 'message', data: message };
        if (matched >= q.limit) {
          scanned += index + 1;
          reason = 'limit';
          break scan;
        }
      }
      scanned += candidates.length;
      if (candidates.length < batch.records.length) {
        reason = 'budget';
        break;
      }
      if (Date.now() - lastProgressAt >= PROGRESS_EVERY_MS) {
        lastProgressAt = Date.now();
        yield progress();
      }
      if (Date.now() - startedAt > SEARCH_TIME_BUDGET_MS) {
        reason = 'budget';
        break;
      }
    }
    if (signal.aborted) reason = 'cancelled';
    yield progress();
    yield { event: 'done', data: { reason } };
  };
}
