'use client';
import { useTranslations } from 'use-intl';

/** A connector's config, key by key; masked values arrive already masked from the server. */
export function ConnectorConfigList({ config, maskedKeys }: { config: Record<string, string>; maskedKeys: string[] }) {
  const t = useTranslations('connector');
  const entries = Object.entries(config).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('configCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('key')}</th>
            <th scope="col">{t('value')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([k, v]) => (
            <tr key={k}>
              <td>
                <code>{k}</code>
              </td>
              <td className="wrap">
                <code>{v}</code>
                {maskedKeys.includes(k) && <span className="muted"> {t('hidden')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
