'use client';
import { useTranslations } from 'use-intl';
import type { GroupMember } from '@/lib/api/schemas/groups';

export function MemberTable({ members }: { members: GroupMember[] }) {
  const t = useTranslations('group');
  const none = useTranslations('common')('none');
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('membersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clientId')}</th>
            <th scope="col">{t('host')}</th>
            <th scope="col">{t('memberId')}</th>
            <th scope="col">{t('assigned')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.memberId}>
              <td className="wrap">{m.clientId}</td>
              <td className="mono nowrap">{m.host}</td>
              <td className="mono wrap">{m.memberId}</td>
              <td className="wrap">
                {m.assignment.length ? (
                  m.assignment.map((a) => (
                    <div key={a.topic}>
                      {a.topic}: <span className="mono">{a.partitions.join(', ')}</span>
                    </div>
                  ))
                ) : (
                  <span className="muted">{none}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
