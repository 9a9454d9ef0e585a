// The largest payers in the range for one currency (authorized and captured payments).
import type { PaymentSummaryResponse } from '@/lib/api/schemas/payments';
import { CURRENCY_LOCALE, formatMoney, type Currency } from '@/lib/payments/money';

export function TopPayersTable({ payers, currency }: { payers: PaymentSummaryResponse['topPayers']; currency: Currency }) {
  const rows = payers.filter((p) => p.currency === currency);
  if (rows.length === 0) return <p className="muted">No paid {currency} payments in this range.</p>;
  return (
    <table className="data">
      <caption className="sr-only">Top payers in {currency}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Payer</th>
          <th scope="col" className="num">Payments</th>
          <th scope="col" className="num">Paid</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p, i) => (
          <tr key={p.payer}>
            <td className="muted">{i + 1}</td>
            <td style={{ overflowWrap: 'anywhere' }}>{p.payer}</td>
            <td className="num">{p.count.toLocaleString('en-US')}</td>
            <td className="num">{formatMoney(p.sumMinor, currency, CURRENCY_LOCALE[currency])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
