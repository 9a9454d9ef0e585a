'use client';
import { useTranslations } from 'use-intl';
import type { TransactionSummary } from '@/lib/api/schemas/transactions';
import { useFormat } from '@/lib/format/use-format';

/** Transactional ids as kafka-transactions list and describe show them. */
export function TransactionTable({ transactions }: { transactions: TransactionSummary[] }) {
  const t = useTranslations('transactions');
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('idsPanel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transactionalId')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col" className="num">{t('producerId')}</th>
            <th scope="col" className="num">{t('epoch')}</th>
            <th scope="col" className="num">{t('timeout')}</th>
            <th scope="col">{t('started')}</th>
            <th scope="col">{t('partitions')}</th>
          </tr>
        </thead>
        <tbody>
          {transactions.map((tx) => (
            <tr key={tx.transactionalId}>
              <td className="mono wrap">{tx.transactionalId}</td>
              <td>
                <span className={`badge ${tx.state === 'Ongoing' ? 'warn' : 'muted'}`}>{tx.state}</span>
              </td>
              <td className="num mono">{tx.producerId}</td>
              <td className="num">{tx.producerEpoch}</td>
              <td className="num">{tx.timeoutMs >= 0 ? f.duration(tx.timeoutMs) : '—'}</td>
              <td className="nowrap">{tx.startTimeMs !== null ? f.instant(tx.startTimeMs) : <span className="muted">{t('noneOpen')}</span>}</td>
              <td className="wrap mono">{tx.partitions.length ? tx.partitions.map((p) => `${p.topic}-${p.partition}`).join(', ') : <span className="muted">{t('none')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
