'use client';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import type { Permission } from '@/lib/access/permissions';
import { useTranslations } from 'use-intl';
import { NAV_ITEMS } from './nav-items';
import { Preferences } from './preferences';

export interface ShellCluster {
  name: string;
  readOnly: boolean;
  /** From the cluster list; undefined until it has answered. */
  reachable?: boolean;
}

function sectionOf(pathname: string, cluster: string): string {
  const rest = pathname.slice(`/clusters/${encodeURIComponent(cluster)}`.length).replace(/^\//, '');
  return rest.split('/')[0] ?? '';
}

export interface ShellUser {
  name: string;
  /** Absent on an open console: nobody signs out of it. */
  onSignOut?: () => void;
}

export interface AppShellProps {
  clusters: ShellCluster[];
  current: string;
  /** What the user may do on the current cluster; undefined while unknown (everything shows). */
  permissions?: readonly Permission[];
  user?: ShellUser;
  /** The pointer or focus reached the cluster switcher: time to learn which clusters answer. */
  onSwitcherNear?: () => void;
  children: ReactNode;
}

export function AppShell({ clusters, current, permissions, user, onSwitcherNear, children }: AppShellProps) {
  const pathname = usePathname();
  const router = useRouter();
  const t = useTranslations('shell');
  const nav = useTranslations('nav');
  const section = sectionOf(pathname, current);
  const base = `/clusters/${encodeURIComponent(current)}`;
  const currentCluster = clusters.find((c) => c.name === current);
  // Pages added later name their entry in English; a translation, once added under nav.<segment>, wins.
  const navLabel = (segment: string, label: string) => {
    const key = (segment || 'overview') as Parameters<typeof nav>[0];
    return nav.has(key) ? nav(key) : label;
  };

  return (
    <div className="shell">
      <div className="sidebar-col">
        <aside className="sidebar">
          <Link href="/" className="brand" aria-label={t('home')}>
            <img src="/fluxo.svg" alt="" />
            Fluxo
          </Link>
          <div className="switcher" onPointerEnter={onSwitcherNear} onFocus={onSwitcherNear}>
            <label htmlFor="cluster-switcher">{t('cluster')}</label>
            <select
              id="cluster-switcher"
              value={current}
              aria-describedby={currentCluster?.reachable === false ? 'cluster-unreachable' : undefined}
              onChange={(e) => {
                const next = `/clusters/${encodeURIComponent(e.target.value)}`;
                router.push(section ? `${next}/${section}` : next);
              }}
            >
              {clusters.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.reachable === false ? '⚠ ' : ''}
                  {c.name}
                  {c.readOnly ? ` (${t('readOnly')})` : ''}
                  {c.reachable === false ? ` (${t('unreachable')})` : ''}
                </option>
              ))}
            </select>
            {currentCluster?.reachable === false && (
              <span id="cluster-unreachable" className="badge danger">
                {t('unreachable')}
              </span>
            )}
          </div>
          <nav className="nav" aria-label={t('sections')}>
            {NAV_ITEMS.filter((item) => !item.permission || permissions?.includes(item.permission)).map((item) => (
              <Link
                key={item.segment}
                href={item.segment ? `${base}/${item.segment}` : base}
                aria-current={section === item.segment ? 'page' : undefined}
              >
                {navLabel(item.segment, item.label)}
              </Link>
            ))}
          </nav>
          <div className="sidebar-foot">
            {user && (
              <div className="user-box">
                <span className="user-name" title={t('signedInAs', { name: user.name })}>{user.name}</span>
                {user.onSignOut && (
                  <button type="button" className="button small" onClick={user.onSignOut}>
                    {t('signOut')}
                  </button>
                )}
              </div>
            )}
            <Preferences />
            <Link href="/api-docs">{t('restApi')}</Link>
          </div>
        </aside>
      </div>
      <main className="main">{children}</main>
    </div>
  );
}
