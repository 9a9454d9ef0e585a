'use client';
// Client quotas per entity: byte rates with units, request percentage, and who they apply to.
import { useTranslations } from 'use-intl';
import type { ClientQuota, QuotaEntity } from '@/lib/api/schemas/quotas';
import { useFormat } from '@/lib/format/use-format';

/** Who a quota applies to, in words: "user alice + default client id". */
export function useEntityLabel() {
  const t = useTranslations('quotas');
  return (e: QuotaEntity): string => {
    const parts: string[] = [];
    if (e.user !== undefined) parts.push(e.user === null ? t('defaultUser') : t('user', { name: e.user }));
    if (e.clientId !== undefined) parts.push(e.clientId === null ? t('defaultClientId') : t('clientId', { name: e.clientId }));
    return parts.join(' + ');
  };
}

/** The same entity's stable key, whatever the language. */
const entityKey = (e: QuotaEntity) => JSON.stringify([e.user, e.clientId]);

export function QuotaTable({ quotas, onEdit, readOnly }: { quotas: ClientQuota[]; onEdit: (q: ClientQuota) => void; readOnly: boolean }) {
  const t = useTranslations('quotas');
  const f = useFormat();
  const entityLabel = useEntityLabel();
  const none = <span className="muted">{t('none')}</span>;
  const rate = (v: number | undefined) => (v === undefined ? none : t('perSecond', { size: f.bytes(v) }));
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('appliesTo')}</th>
            <th scope="col" className="num" title={t('perBroker')}>{t('produce')}</th>
            <th scope="col" className="num" title={t('perBroker')}>{t('fetch')}</th>
            <th scope="col" className="num" title={t('requestTimeTitle')}>{t('requestTime')}</th>
            <th scope="col">
              <span className="sr-only">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {quotas.map((q) => (
            <tr key={entityKey(q.entity)}>
              <td className="wrap">{entityLabel(q.entity)}</td>
              <td className="num">{rate(q.values.producer_byte_rate)}</td>
              <td className="num">{rate(q.values.consumer_byte_rate)}</td>
              <td className="num">{q.values.request_percentage === undefined ? none : t('percent', { value: q.values.request_percentage })}</td>
              <td>
                <button type="button" className="button" onClick={() => onEdit(q)} disabled={readOnly} aria-label={t('editLabel', { entity: entityLabel(q.entity) })}>
                  {t('edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
