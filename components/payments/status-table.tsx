// Payments by status with their share: the declined rate is the number operations watch.
import type { StatusTotal } from '@/lib/payments/chart-series';

const TONE: Record<StatusTotal['status'], string> = {
  captured: 'ok',
  authorized: 'info',
  declined: 'danger',
  refunded: 'warn',
};

export function StatusTable({ totals }: { totals: StatusTotal[] }) {
  return (
    <table className="data">
      <caption className="sr-only">Payments by status</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col" className="num">Payments</th>
          <th scope="col" className="num">Share</th>
          <th scope="col" style={{ width: '40%' }}>
            <span className="sr-only">Share bar</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.map((t) => (
          <tr key={t.status}>
            <td>
              <span className={`badge ${TONE[t.status]}`}>{t.status}</span>
            </td>
            <td className="num">{t.count.toLocaleString('en-US')}</td>
            <td className="num">{(t.share * 100).toFixed(1)}%</td>
            <td aria-hidden="true">
              <div style={{ background: 'var(--surface-2)', borderRadius: 4, height: 8 }}>
                <div style={{ width: `${t.share * 100}%`, background: `var(--${TONE[t.status] === 'info' ? 'accent' : TONE[t.status]})`, borderRadius: 4, height: 8 }} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
