import 'server-only';
// An export as text pieces: a scan of the range through the filter, formatted as it goes, bounded by the
// limit and the scan budget; it stops when the download is cancelled.
import type { z } from 'zod';
import type { exportQuery } from '../api/schemas/messages';
import { scanRange } from '../kafka/scan';
import { exportHead, exportRow, exportTail } from './export';
import { compileFilter } from './filter';

export type ExportQuery = z.infer<typeof exportQuery>;

/** Compiles the filter first, so a bad one is a 400 before the download starts. */
export function prepareExport(cluster: string, topic: string, q: ExportQuery) {
  const filter = compileFilter(q.filter);
  return async function* exportText(signal: AbortSignal): AsyncGenerator<string> {
    yield exportHead(q.format);
    let written = 0;
    let scanned = 0;
    scan: for await (const batch of scanRange(cluster, topic, q, signal)) {
      const verdicts = await filter.matchBatch(batch.messages.slice(0, Math.max(q.budget - scanned, 0)), signal);
      for (const [i, m] of batch.messages.entries()) {
        if (++scanned > q.budget) break scan;
        if (!verdicts[i]) continue;
        yield exportRow(q.format, m, written++);
        if (written >= q.limit) break scan;
      }
    }
    yield exportTail(q.format);
  };
}
