'use client';
import Link from 'next/link';
import { useState } from 'react';
import type { GroupSummary } from '@/lib/api/schemas/groups';
import { GroupStateBadge, LagTime, VerdictBadge } from './badges';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';
import { CopyButton } from '../ui/copy-button';

type SortKey = 'lag' | 'name';

function SortHeader({ label, active, descending, onClick, numeric }: { label: string; active: boolean; descending: boolean; onClick: () => void; numeric?: boolean }) {
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort-button" onClick={onClick}>
        {label}
        <span aria-hidden="true">{active ? (descending ? ' ↓' : ' ↑') : ''}</span>
      </button>
    </th>
  );
}

export function GroupTable({ groups, hrefFor }: { groups: GroupSummary[]; hrefFor: (groupId: string) => string }) {
  const t = useTranslations('groups');
  const none = useTranslations('common')('none');
  const f = useFormat();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'lag', descending: true });
  const toggle = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'lag' }));
  const sorted = [...groups].sort((a, b) => {
    const order = sort.key === 'lag' ? a.totalLag - b.totalLag || b.groupId.localeCompare(a.groupId) : a.groupId.localeCompare(b.groupId);
    return sort.descending ? -order : order;
  });
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('title')}</caption>
        <thead>
          <tr>
            <SortHeader label={t('group')} active={sort.key === 'name'} descending={sort.descending} onClick={() => toggle('name')} />
            <th scope="col">{t('typeColumn')}</th>
            <th scope="col">{t('stateColumn')}</th>
            <th scope="col">{t('health')}</th>
            <th scope="col" className="num">{t('members')}</th>
            <th scope="col">{t('topics')}</th>
            <th scope="col" className="num" title={t('lagTimeTitle')}>
              {t('lagTime')}
            </th>
            <SortHeader label={t('totalLag')} numeric active={sort.key === 'lag'} descending={sort.descending} onClick={() => toggle('lag')} />
          </tr>
        </thead>
        <tbody>
          {sorted.map((g) => (
            <tr key={g.groupId}>
              <td className="wrap">
                <Link href={hrefFor(g.groupId)}>{g.groupId}</Link>
                <CopyButton text={g.groupId} what={g.groupId} />
              </td>
              <td>{g.type}</td>
              <td>
                <GroupStateBadge state={g.state} />
              </td>
              <td>
                <VerdictBadge status={g.status} reason={g.statusReason} />
              </td>
              <td className="num">{g.members}</td>
              <td className="wrap">
                {g.topics.length ? g.topics.join(', ') : <span className="muted">{none}</span>}
                {g.partitions > 0 && <span className="muted"> · {t('partitionsCount', { count: g.partitions })}</span>}
              </td>
              <td className="num">
                <LagTime seconds={g.maxLagSeconds} />
              </td>
              <td className="num">
                {f.count(g.totalLag)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
