'use client';
// The largest payers in the range for one currency (authorized and captured payments).
import { useTranslations } from 'use-intl';
import type { PaymentSummaryResponse } from '@/lib/api/schemas/payments';
import { useFormat } from '@/lib/format/use-format';
import type { Currency } from '@/lib/payments/money';

export function TopPayersTable({ payers, currency }: { payers: PaymentSummaryResponse['topPayers']; currency: Currency }) {
  const t = useTranslations('payments');
  const f = useFormat();
  const rows = payers.filter((p) => p.currency === currency);
  if (rows.length === 0) return <p className="muted">{t('noPayers', { currency })}</p>;
  return (
    <table className="data">
      <caption className="sr-only">{t('topCaption', { currency })}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('payer')}</th>
          <th scope="col" className="num">{t('payments')}</th>
          <th scope="col" className="num">{t('paid')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p, i) => (
          <tr key={p.payer}>
            <td className="muted">{i + 1}</td>
            <td style={{ overflowWrap: 'anywhere' }}>{p.payer}</td>
            <td className="num">{f.count(p.count)}</td>
            <td className="num">{f.money(p.sumMinor, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
