'use client';
import { useTranslations } from 'use-intl';
import type { GroupMember } from '@/lib/api/schemas/groups';

function Assignment({ assignment, none }: { assignment: GroupMember['assignment']; none: string }) {
  if (!assignment.length) return <span className="muted">{none}</span>;
  return (
    <>
      {assignment.map((a) => (
        <div key={a.topic}>
          {a.topic}: <span className="mono">{a.partitions.join(', ')}</span>
        </div>
      ))}
    </>
  );
}

/** KIP-848 members also show their epoch and the target assignment they are reconciling towards. */
export function MemberTable({ members }: { members: GroupMember[] }) {
  const t = useTranslations('group');
  const none = useTranslations('common')('none');
  const epochs = members.some((m) => m.memberEpoch !== null);
  const targets = members.some((m) => m.targetAssignment !== null);
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('membersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clientId')}</th>
            <th scope="col">{t('host')}</th>
            <th scope="col">{t('memberId')}</th>
            {epochs && <th scope="col" className="num">{t('memberEpoch')}</th>}
            <th scope="col">{t('assigned')}</th>
            {targets && <th scope="col">{t('targetAssignment')}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.memberId}>
              <td className="wrap">{m.clientId}</td>
              <td className="mono nowrap">{m.host}</td>
              <td className="mono wrap">{m.memberId}</td>
              {epochs && <td className="num">{m.memberEpoch ?? '—'}</td>}
              <td className="wrap">
                <Assignment assignment={m.assignment} none={none} />
              </td>
              {targets && <td className="wrap">{m.targetAssignment ? <Assignment assignment={m.targetAssignment} none={none} /> : '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
