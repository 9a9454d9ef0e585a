'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { AuditTable } from '@/components/access/audit-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { auditQuery } from '@/lib/api/queries';
import { useFormat } from '@/lib/format/use-format';

export function AuditView({ cluster }: { cluster: string }) {
  const t = useTranslations('audit');
  const f = useFormat();
  const [user, setUser] = useState('');
  const [action, setAction] = useState('');
  const audit = useQuery(auditQuery(cluster, { user: user.trim() || undefined, action: action.trim() || undefined }));
  const filters = (
    <div className="row">
      <input type="search" aria-label={t('filterUser')} placeholder={t('filterUserPlaceholder')} value={user} onChange={(e) => setUser(e.target.value)} />
      <input type="search" aria-label={t('filterAction')} placeholder={t('filterActionPlaceholder')} value={action} onChange={(e) => setAction(e.target.value)} />
    </div>
  );
  return (
    <div className="stack">
      <PageHead title={t('title')} sub={t('sub')} />
      <Panel title={t('records')} hint={audit.data ? t('newest', { count: audit.data.items.length }) : undefined} actions={filters}>
        <DataView
          query={audit}
          label={t('label')}
          isEmpty={(d) => d.items.length === 0}
          empty={<EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>}
        >
          {(d) => <AuditTable records={d.items} formatTime={(ms) => f.instant(ms)} />}
        </DataView>
      </Panel>
    </div>
  );
}
