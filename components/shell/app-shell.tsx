'use client';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import type { Permission } from '@/lib/access/permissions';
import { NAV_ITEMS } from './nav-items';

export interface ShellCluster {
  name: string;
  readOnly: boolean;
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
  children: ReactNode;
}

export function AppShell({ clusters, current, permissions, user, children }: AppShellProps) {
  const pathname = usePathname();
  const router = useRouter();
  const section = sectionOf(pathname, current);
  const base = `/clusters/${encodeURIComponent(current)}`;

  return (
    <div className="shell">
      <div className="sidebar-col">
        <aside className="sidebar">
          <Link href="/" className="brand" aria-label="Fluxo home">
            <img src="/fluxo.svg" alt="" />
            Fluxo
          </Link>
          <div className="switcher">
            <label htmlFor="cluster-switcher">Cluster</label>
            <select
              id="cluster-switcher"
              value={current}
              onChange={(e) => {
                const next = `/clusters/${encodeURIComponent(e.target.value)}`;
                router.push(section ? `${next}/${section}` : next);
              }}
            >
              {clusters.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                  {c.readOnly ? ' (read-only)' : ''}
                </option>
              ))}
            </select>
          </div>
          <nav className="nav" aria-label="Sections">
            {NAV_ITEMS.filter((item) => !item.permission || permissions?.includes(item.permission)).map((item) => (
              <Link
                key={item.segment}
                href={item.segment ? `${base}/${item.segment}` : base}
                aria-current={section === item.segment ? 'page' : undefined}
              >
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="sidebar-foot">
            {user && (
              <div className="user-box">
                <span className="user-name" title={`Signed in as ${user.name}`}>{user.name}</span>
                {user.onSignOut && (
                  <button type="button" className="button small" onClick={user.onSignOut}>
                    Sign out
                  </button>
                )}
              </div>
            )}
            <Link href="/api-docs">REST API</Link>
          </div>
        </aside>
      </div>
      <main className="main">{children}</main>
    </div>
  );
}
