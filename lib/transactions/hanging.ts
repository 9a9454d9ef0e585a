// Kafka's rule for a hanging transaction, as `kafka-transactions find-hanging` applies it (KIP-664): a
// partition's open transaction whose producer last wrote longer ago than the broker's
// transaction.max.timeout.ms, and that its coordinator no longer holds open on that partition (no such
// producer, another producer epoch, or the partition is not part of it). Such a transaction pins the
// partition's last stable offset: read_committed consumers stop there until it is aborted. Pure.

export interface OpenTransaction {
  topic: string;
  partition: number;
  producerId: string;
  producerEpoch: number;
  coordinatorEpoch: number;
  /** First offset of the open transaction on this partition: what `kafka-transactions abort --start-offset` takes. */
  startOffset: number;
  lastTimestampMs: number;
}

export interface CoordinatorView {
  transactionalId: string;
  producerId: string;
  producerEpoch: number;
  state: string;
  partitions: { topic: string; partition: number }[];
}

export interface HangingVerdict {
  hanging: boolean;
  /** Plain words on why, shown beside the verdict. */
  reason: string;
}

export function judgeOpenTransaction(open: OpenTransaction, coordinator: CoordinatorView | undefined, nowMs: number, maxTimeoutMs: number): HangingVerdict {
  const openForMs = nowMs - open.lastTimestampMs;
  if (openForMs <= maxTimeoutMs) {
    return { hanging: false, reason: `Open for ${Math.round(openForMs / 1000)} s, within transaction.max.timeout.ms (${Math.round(maxTimeoutMs / 1000)} s)` };
  }
  const past = `Open past transaction.max.timeout.ms (${Math.round(maxTimeoutMs / 1000)} s)`;
  if (!coordinator) return { hanging: true, reason: `${past} and no transaction coordinator knows producer ${open.producerId}` };
  if (coordinator.producerEpoch !== open.producerEpoch) {
    return { hanging: true, reason: `${past}; the coordinator has moved producer ${open.producerId} to epoch ${coordinator.producerEpoch}` };
  }
  if (coordinator.state !== 'Ongoing' || !coordinator.partitions.some((p) => p.topic === open.topic && p.partition === open.partition)) {
    return { hanging: true, reason: `${past}; transaction "${coordinator.transactionalId}" (${coordinator.state}) does not hold this partition open` };
  }
  return { hanging: false, reason: `${past}, but its coordinator still holds it open and will abort it` };
}

/** The open transactions in DescribeProducers answers: producers with a current transaction start offset. */
export function openTransactionsOf(
  partitions: { topic: string; partition: number; producers: { producerId: string; producerEpoch: number; coordinatorEpoch: number; lastTimestampMs: string; currentTxnStartOffset: string }[] }[],
): OpenTransaction[] {
  return partitions.flatMap((p) =>
    p.producers
      .filter((s) => Number(s.currentTxnStartOffset) >= 0)
      .map((s) => ({
        topic: p.topic,
        partition: p.partition,
        producerId: s.producerId,
        producerEpoch: s.producerEpoch,
        coordinatorEpoch: s.coordinatorEpoch,
        startOffset: Number(s.currentTxnStartOffset),
        lastTimestampMs: Number(s.lastTimestampMs),
      })),
  );
}
