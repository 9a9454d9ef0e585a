// The console's sections, in sidebar order. A section appears here once its page exists.
import type { Permission } from '@/lib/access/permissions';
export interface NavItem {
  label: string;
  /** Path below /clusters/{cluster}; '' is the overview. */
  segment: string;
  /** Shown only to users who hold this permission on the cluster. */
  permission?: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { label: 'Overview', segment: '' },
  { label: 'Brokers', segment: 'brokers' },
  { label: 'Topics', segment: 'topics' },
  { label: 'Consumer groups', segment: 'consumer-groups' },
  { label: 'Transactions', segment: 'transactions' },
  { label: 'Payments', segment: 'payments' },
  { label: 'Kafka Connect', segment: 'connect' },
  { label: 'Audit log', segment: 'audit', permission: 'audit:read' },
  { label: 'API tokens', segment: 'tokens', permission: 'tokens:manage' },
  { label: 'ACLs', segment: 'acls' },
  { label: 'Quotas', segment: 'quotas' },
  { label: 'Reassignments', segment: 'reassignments' },
];
