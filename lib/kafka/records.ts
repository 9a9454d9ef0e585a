import 'server-only';
// What a read_committed consumer must drop from decoded records: control records and records of aborted
// transactions.
import type { AbortedTransaction, KafkaRecord } from './internals';

/** What telling committed from aborted records needs of a decoded record. */
export type TransactionalRecord = Pick<KafkaRecord, 'offset' | 'key'> & {
  /** The offset as a number, where the decoder gives it (fetch-response.ts), saving a parse per record. */
  offsetNumber?: number;
  isControlRecord?: boolean;
  batchContext: Pick<KafkaRecord['batchContext'], 'producerId' | 'inTransaction'>;
};

/** A record's offset as a number: the decoder's where it gave one, else its decimal string parsed. */
const offsetOf = (r: TransactionalRecord) => r.offsetNumber ?? Number(r.offset);

/** Key of the control record that ends an aborted transaction (version 0, type 0 = ABORT). */
const ABORT_MARKER = Buffer.from([0, 0, 0, 0]);

/**
 * Records a read-committed consumer may show: no control records (transaction markers), nothing from an
 * aborted transaction. A producer's transaction is aborted from its listed first offset until its ABORT
 * marker (a control record of the same producer), as in Kafka's own Fetcher.
 */
export function visibleRecords<R extends TransactionalRecord>(records: R[], aborted: AbortedTransaction[], fromOffset: number, toOffset = Infinity): R[] {
  const pending = [...aborted].sort((a, b) => Number(a.firstOffset) - Number(b.firstOffset));
  const abortedProducers = new Set<string>();
  const out: R[] = [];
  for (const r of records) {
    const offset = offsetOf(r);
    while (pending.length && Number(pending[0]!.firstOffset) <= offset) abortedProducers.add(pending.shift()!.producerId);
    if (r.isControlRecord) {
      if (r.key && Buffer.from(r.key).equals(ABORT_MARKER)) abortedProducers.delete(r.batchContext.producerId);
      continue;
    }
    if (offset < fromOffset) continue;
    if (offset >= toOffset) break;
    if (r.batchContext.inTransaction && abortedProducers.has(r.batchContext.producerId)) continue;
    out.push(r);
  }
  return out;
}

/** Records a read_uncommitted consumer shows: every data record in [fromOffset, toOffset). */
export function uncommittedRecords<R extends TransactionalRecord>(records: R[], fromOffset: number, toOffset = Infinity): R[] {
  return records.filter((r) => {
    const offset = offsetOf(r);
    return !r.isControlRecord && offset >= fromOffset && offset < toOffset;
  });
}
