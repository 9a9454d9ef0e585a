'use client';
import { useTranslations } from 'use-intl';

/** KIP-875 offsets: each source partition (or sink topic partition) and its position, as Connect reports them. */
export function OffsetsTable({ offsets }: { offsets: { partition: Record<string, unknown>; offset: Record<string, unknown> | null }[] }) {
  const t = useTranslations('connector');
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('offsetsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partition')}</th>
            <th scope="col">{t('offset')}</th>
          </tr>
        </thead>
        <tbody>
          {offsets.map((o) => (
            <tr key={JSON.stringify(o.partition)}>
              <td className="wrap">
                <code>{JSON.stringify(o.partition)}</code>
              </td>
              <td className="wrap">
                <code>{o.offset ? JSON.stringify(o.offset) : t('none')}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
