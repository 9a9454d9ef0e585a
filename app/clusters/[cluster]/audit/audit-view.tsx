'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AuditTable } from '@/components/access/audit-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { auditQuery } from '@/lib/api/queries';

const formatTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', ' UTC');

export function AuditView({ cluster }: { cluster: string }) {
  const [user, setUser] = useState('');
  const [action, setAction] = useState('');
  const audit = useQuery(auditQuery(cluster, { user: user.trim() || undefined, action: action.trim() || undefined }));
  const filters = (
    <div className="row">
      <input type="search" aria-label="Filter by user" placeholder="User" value={user} onChange={(e) => setUser(e.target.value)} />
      <input type="search" aria-label="Filter by action" placeholder="Action, e.g. topics:delete" value={action} onChange={(e) => setAction(e.target.value)} />
    </div>
  );
  return (
    <div className="stack">
      <PageHead title="Audit log" sub="Every change and every message read, search and export on this cluster, kept in Kafka (__fluxo_audit)." />
      <Panel title="Records" hint={audit.data ? `${audit.data.items.length} newest` : undefined} actions={filters}>
        <DataView
          query={audit}
          label="audit records"
          isEmpty={(d) => d.items.length === 0}
          empty={<EmptyState title="Nothing recorded yet">Changes and message reads on this cluster appear here as they happen.</EmptyState>}
        >
          {(d) => <AuditTable records={d.items} formatTime={formatTime} />}
        </DataView>
      </Panel>
    </div>
  );
}
