// The console's sections, in sidebar order. A section appears here once its page exists.
export interface NavItem {
  label: string;
  /** Path below /clusters/{cluster}; '' is the overview. */
  segment: string;
}

export const NAV_ITEMS: NavItem[] = [
  { label: 'Overview', segment: '' },
  { label: 'Brokers', segment: 'brokers' },
  { label: 'Topics', segment: 'topics' },
  { label: 'Consumer groups', segment: 'consumer-groups' },
  { label: 'Payments', segment: 'payments' },
  { label: 'ACLs', segment: 'acls' },
  { label: 'Quotas', segment: 'quotas' },
];
