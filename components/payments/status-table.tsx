'use client';
// Payments by status with their share: the declined rate is the number operations watch.
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';
import type { StatusTotal } from '@/lib/payments/chart-series';

const TONE: Record<StatusTotal['status'], string> = {
  captured: 'ok',
  authorized: 'info',
  declined: 'danger',
  refunded: 'warn',
};

const LABEL = {
  captured: 'statusCaptured',
  authorized: 'statusAuthorized',
  declined: 'statusDeclined',
  refunded: 'statusRefunded',
} as const satisfies Record<StatusTotal['status'], string>;

export function StatusTable({ totals }: { totals: StatusTotal[] }) {
  const t = useTranslations('payments');
  const f = useFormat();
  return (
    <table className="data">
      <caption className="sr-only">{t('statusCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('status')}</th>
          <th scope="col" className="num">{t('payments')}</th>
          <th scope="col" className="num">{t('share')}</th>
          <th scope="col" style={{ width: '40%' }}>
            <span className="sr-only">{t('shareBar')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.map((s) => (
          <tr key={s.status}>
            <td>
              <span className={`badge ${TONE[s.status]}`}>{t(LABEL[s.status])}</span>
            </td>
            <td className="num">{f.count(s.count)}</td>
            <td className="num">{f.percent(s.share)}</td>
            <td aria-hidden="true">
              <div style={{ background: 'var(--surface-2)', borderRadius: 4, height: 8 }}>
                <div style={{ width: `${s.share * 100}%`, background: `var(--${TONE[s.status] === 'info' ? 'accent' : TONE[s.status]})`, borderRadius: 4, height: 8 }} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
