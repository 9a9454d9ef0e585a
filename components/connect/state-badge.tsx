import type { ConnectorState } from '@/lib/api/schemas/connect';

const TONE: Record<ConnectorState, string> = {
  RUNNING: 'ok',
  PAUSED: 'warn',
  STOPPED: 'muted',
  FAILED: 'danger',
  UNASSIGNED: 'warn',
  RESTARTING: 'info',
  DESTROYED: 'muted',
  UNKNOWN: 'muted',
};

export function ConnectorStateBadge({ state }: { state: ConnectorState }) {
  return <span className={`badge ${TONE[state]}`}>{state}</span>;
}
