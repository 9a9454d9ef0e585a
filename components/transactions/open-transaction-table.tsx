'use client';
import { useTranslations } from 'use-intl';
import type { TransactionList } from '@/lib/api/schemas/transactions';
import { useFormat } from '@/lib/format/use-format';

export type OpenTransactionRow = TransactionList['openTransactions'][number];

/** Open transactions per partition (DescribeProducers) with Kafka's hanging verdict; hanging ones can be aborted. */
export function OpenTransactionTable({ rows, canAbort, onAbort }: { rows: OpenTransactionRow[]; canAbort: string | null; onAbort: (row: OpenTransactionRow) => void }) {
  const t = useTranslations('transactions');
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('openPanel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partition')}</th>
            <th scope="col" className="num">{t('startOffset')}</th>
            <th scope="col" className="num">{t('producerIdEpoch')}</th>
            <th scope="col">{t('transactionalId')}</th>
            <th scope="col">{t('lastWrite')}</th>
            <th scope="col">{t('verdict')}</th>
            <th scope="col">
              <span className="sr-only">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.topic}-${r.partition}-${r.producerId}`}>
              <td className="mono wrap">
                {r.topic}-{r.partition}
              </td>
              <td className="num">{f.count(r.startOffset)}</td>
              <td className="num mono">
                {r.producerId} / {r.producerEpoch}
              </td>
              <td className="mono wrap">{r.transactionalId ?? <span className="muted">{t('noCoordinator')}</span>}</td>
              <td className="nowrap">{f.instant(Date.parse(r.lastTimestamp))}</td>
              <td className="wrap">
                <span className={`badge ${r.hanging ? 'danger' : 'info'}`}>{r.hanging ? t('hanging') : t('open')}</span>{' '}
                {/* Kafka's verdict in the server's words, with the timings it measured. */}
                <span className="muted" lang="en">
                  {r.reason}
                </span>
              </td>
              <td>
                {r.hanging && (
                  <button type="button" className="button danger" disabled={!!canAbort} title={canAbort ?? undefined} onClick={() => onAbort(r)}>
                    {t('abort')}
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
