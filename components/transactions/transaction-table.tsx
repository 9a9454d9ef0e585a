import type { TransactionSummary } from '@/lib/api/schemas/transactions';

/** Transactional ids as kafka-transactions list and describe show them. */
export function TransactionTable({ transactions }: { transactions: TransactionSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Transactional ids</caption>
        <thead>
          <tr>
            <th scope="col">Transactional id</th>
            <th scope="col">State</th>
            <th scope="col" className="num">Producer id</th>
            <th scope="col" className="num">Epoch</th>
            <th scope="col" className="num">Timeout</th>
            <th scope="col">Started</th>
            <th scope="col">Partitions</th>
          </tr>
        </thead>
        <tbody>
          {transactions.map((t) => (
            <tr key={t.transactionalId}>
              <td className="mono wrap">{t.transactionalId}</td>
              <td>
                <span className={`badge ${t.state === 'Ongoing' ? 'warn' : 'muted'}`}>{t.state}</span>
              </td>
              <td className="num mono">{t.producerId}</td>
              <td className="num">{t.producerEpoch}</td>
              <td className="num">{t.timeoutMs >= 0 ? `${Math.round(t.timeoutMs / 1000)} s` : '—'}</td>
              <td className="nowrap">{t.startTime ?? <span className="muted">none open</span>}</td>
              <td className="wrap mono">{t.partitions.length ? t.partitions.map((p) => `${p.topic}-${p.partition}`).join(', ') : <span className="muted">none</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
