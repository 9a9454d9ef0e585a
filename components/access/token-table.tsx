import type { z } from 'zod';
import type { apiTokenSchema } from '@/lib/api/schemas/access';

type ApiToken = z.infer<typeof apiTokenSchema>;

export function TokenTable({ tokens, formatTime, onRevoke }: { tokens: ApiToken[]; formatTime: (ms: number) => string; onRevoke: (t: ApiToken) => void }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Clusters</th>
            <th scope="col">Made</th>
            <th scope="col">Last used</th>
            <th scope="col">State</th>
            <th scope="col"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <td>
                {t.name}
                <div className="muted mono">{t.id}</div>
              </td>
              <td>{t.role}</td>
              <td className="mono">{t.clusters.join(', ')}</td>
              <td className="nowrap">
                {formatTime(t.createdAt)}
                <div className="muted">by {t.createdBy}</div>
              </td>
              <td className="nowrap">{t.lastUsedAt === null ? 'never' : formatTime(t.lastUsedAt)}</td>
              <td>{t.revokedAt === null ? <span className="badge ok">active</span> : <span className="badge muted">revoked</span>}</td>
              <td>
                {t.revokedAt === null && (
                  <button type="button" className="button small" onClick={() => onRevoke(t)} aria-label={`Revoke ${t.name}`}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
