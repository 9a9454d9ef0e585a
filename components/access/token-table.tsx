'use client';
import { useTranslations } from 'use-intl';
import type { z } from 'zod';
import type { apiTokenSchema } from '@/lib/api/schemas/access';

type ApiToken = z.infer<typeof apiTokenSchema>;

export function TokenTable({ tokens, formatTime, onRevoke }: { tokens: ApiToken[]; formatTime: (ms: number) => string; onRevoke: (t: ApiToken) => void }) {
  const t = useTranslations('tokens');
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('clusters')}</th>
            <th scope="col">{t('made')}</th>
            <th scope="col">{t('lastUsed')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col"><span className="sr-only">{t('actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <td>
                {token.name}
                <div className="muted mono">{token.id}</div>
              </td>
              <td>{token.role}</td>
              <td className="mono">{token.clusters.join(', ')}</td>
              <td className="nowrap">
                {formatTime(token.createdAt)}
                <div className="muted">{t('madeBy', { user: token.createdBy })}</div>
              </td>
              <td className="nowrap">{token.lastUsedAt === null ? t('never') : formatTime(token.lastUsedAt)}</td>
              <td>{token.revokedAt === null ? <span className="badge ok">{t('active')}</span> : <span className="badge muted">{t('revoked')}</span>}</td>
              <td>
                {token.revokedAt === null && (
                  <button type="button" className="button small" onClick={() => onRevoke(token)} aria-label={t('revokeLabel', { name: token.name })}>
                    {t('revoke')}
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
