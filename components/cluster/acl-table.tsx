'use client';
// ACLs as rows: resource, who, what, allow or deny; each row can be deleted on its own.
import { useTranslations } from 'use-intl';
import type { Acl } from '@/lib/api/schemas/acls';

/** Without onDelete the table only lists (a delete dialog's preview). */
export function AclTable({ acls, onDelete, readOnly = false }: { acls: Acl[]; onDelete?: (acl: Acl) => void; readOnly?: boolean }) {
  const t = useTranslations('acls');
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('resource')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('pattern')}</th>
            <th scope="col">{t('principal')}</th>
            <th scope="col">{t('host')}</th>
            <th scope="col">{t('operation')}</th>
            <th scope="col">{t('permission')}</th>
            {onDelete && (
              <th scope="col">
                <span className="sr-only">{t('actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {acls.map((a) => {
            return (
              <tr key={[a.resourceType, a.patternType, a.resourceName, a.principal, a.host, a.operation, a.permission].join('|')}>
                <td>{a.resourceType}</td>
                <td className="mono wrap">{a.resourceName}</td>
                <td>{a.patternType}</td>
                <td className="mono wrap">{a.principal}</td>
                <td className="mono">{a.host}</td>
                <td>{a.operation}</td>
                <td>
                  <span className={a.permission === 'allow' ? 'badge ok' : 'badge danger'}>{a.permission}</span>
                </td>
                {onDelete && (
                  <td>
                    <button type="button" className="button" onClick={() => onDelete(a)} disabled={readOnly} aria-label={t('deleteLabel', { ...a })}>
                      {t('delete')}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
