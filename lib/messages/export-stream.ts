import 'server-only';
// An export as text pieces: a scan of the range through the filter, formatted as it goes, bounded by the
// limit and the scan budget; it stops when the download is cancelled.
import type { z } from 'zod';
import type { exportQuery } from '../api/schemas/messages';
import { FluxoError } from '../errors';
import { scanRange } from './scan';
import { exportHead, exportRow, exportTail } from './export';
import type { MessageMasker } from '../access/masking-policy';
import { compileFilter } from './filter';

export type ExportQuery = z.infer<typeof exportQuery>;

/** Compiles the filter first, so a bad one is a 400 before the download starts. Masking applies before the filter. */
export function prepareExport(cluster: string, topic: string, q: ExportQuery, mask: MessageMasker) {
  const filter = compileFilter(q.filter);
  return async function* exportText(signal: AbortSignal): AsyncGenerator<string> {
    yield exportHead(q.format);
    let written = 0;
    let scanned = 0;
    scan: for await (const batch of scanRange(cluster, topic, q, signal)) {
      // A file missing some partitions would pass for a complete one: the download fails (aborts) instead.
      if (batch.unavailablePartitions.length) {
        throw new FluxoError('unavailable', `Partitions ${batch.unavailablePartitions.join(', ')} of "${topic}" cannot be read right now`);
      }
      const candidates = batch.records.slice(0, Math.max(0, q.budget - scanned));
      scanned += candidates.length;
      for (const { message } of await filter.matchRecords(candidates, mask, signal)) {
        yield exportRow(q.format, message, written++);
        if (written >= q.limit) break scan;
      }
      if (candidates.length < batch.records.length) break;
    }
    yield exportTail(q.format);
  };
}
