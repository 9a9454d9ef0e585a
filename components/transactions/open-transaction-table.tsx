import type { TransactionList } from '@/lib/api/schemas/transactions';

export type OpenTransactionRow = TransactionList['openTransactions'][number];

/** Open transactions per partition (DescribeProducers) with Kafka's hanging verdict; hanging ones can be aborted. */
export function OpenTransactionTable({ rows, canAbort, onAbort }: { rows: OpenTransactionRow[]; canAbort: string | null; onAbort: (row: OpenTransactionRow) => void }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Open transactions by partition</caption>
        <thead>
          <tr>
            <th scope="col">Partition</th>
            <th scope="col" className="num">Start offset</th>
            <th scope="col" className="num">Producer id / epoch</th>
            <th scope="col">Transactional id</th>
            <th scope="col">Last write</th>
            <th scope="col">Verdict</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.topic}-${r.partition}-${r.producerId}`}>
              <td className="mono wrap">
                {r.topic}-{r.partition}
              </td>
              <td className="num">{r.startOffset}</td>
              <td className="num mono">
                {r.producerId} / {r.producerEpoch}
              </td>
              <td className="mono wrap">{r.transactionalId ?? <span className="muted">unknown to any coordinator</span>}</td>
              <td className="nowrap">{r.lastTimestamp}</td>
              <td className="wrap">
                <span className={`badge ${r.hanging ? 'danger' : 'info'}`}>{r.hanging ? 'Hanging' : 'Open'}</span> <span className="muted">{r.reason}</span>
              </td>
              <td>
                {r.hanging && (
                  <button type="button" className="button danger" disabled={!!canAbort} title={canAbort ?? undefined} onClick={() => onAbort(r)}>
                    Abort transaction
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
