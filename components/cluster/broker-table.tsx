'use client';
import Link from 'next/link';
import type { Broker } from '@/lib/api/schemas/cluster';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';

/** host:port, or "unknown" for a broker that is down and was never seen by this server. */
export function brokerAddress(b: Pick<Broker, 'host' | 'port'>, unknown = 'unknown'): string {
  return b.host === null ? unknown : `${b.host}:${b.port}`;
}

export function BrokerTable({ brokers, hrefFor }: { brokers: Broker[]; hrefFor: (id: number) => string }) {
  const t = useTranslations('brokers');
  const none = useTranslations('common')('none');
  const unknown = useTranslations('common')('unknown');
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('id')}</th>
            <th scope="col">{t('address')}</th>
            <th scope="col">{t('rack')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col" className="num" title={t('leadersTitle')}>{t('leaders')}</th>
            <th scope="col" className="num" title={t('replicasTitle')}>{t('replicas')}</th>
          </tr>
        </thead>
        <tbody>
          {brokers.map((b) => (
            <tr key={b.id}>
              <td>
                <Link href={hrefFor(b.id)} aria-label={t('broker', { id: b.id })}>
                  {b.id}
                </Link>
              </td>
              <td className="mono nowrap">
                {brokerAddress(b, unknown)}
                {!b.online && (
                  <>
                    {' '}
                    <span className="badge danger" title={t('downTitle')}>{t('down')}</span>
                  </>
                )}
              </td>
              <td>{b.rack ?? <span className="muted">{none}</span>}</td>
              <td>
                {b.isQuorumLeader ? (
                  <span className="badge info" title={t('activeControllerTitle')}>{t('activeController')}</span>
                ) : (
                  <span className="muted">{t('roleBroker')}</span>
                )}
              </td>
              <td className="num">{f.count(b.leaderPartitions)}</td>
              <td className="num">{f.count(b.replicaPartitions)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
