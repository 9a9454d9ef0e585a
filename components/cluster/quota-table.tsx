'use client';
// Client quotas per entity: byte rates with units, request percentage, and who they apply to.
import type { ClientQuota, QuotaEntity } from '@/lib/api/schemas/quotas';
import { formatBytes } from '@/lib/cluster/config-values';

export function entityLabel(e: QuotaEntity): string {
  const parts: string[] = [];
  if (e.user !== undefined) parts.push(e.user === null ? 'default user' : `user ${e.user}`);
  if (e.clientId !== undefined) parts.push(e.clientId === null ? 'default client id' : `client id ${e.clientId}`);
  return parts.join(' + ');
}

const rate = (v: number | undefined) => (v === undefined ? <span className="muted">none</span> : `${formatBytes(v)}/s`);

export function QuotaTable({ quotas, onEdit, readOnly }: { quotas: ClientQuota[]; onEdit: (q: ClientQuota) => void; readOnly: boolean }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Client quotas</caption>
        <thead>
          <tr>
            <th scope="col">Applies to</th>
            <th scope="col" className="num" title="Per broker">Produce</th>
            <th scope="col" className="num" title="Per broker">Fetch</th>
            <th scope="col" className="num" title="Share of one network and I/O thread">Request time</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {quotas.map((q) => (
            <tr key={entityLabel(q.entity)}>
              <td className="wrap">{entityLabel(q.entity)}</td>
              <td className="num">{rate(q.values.producer_byte_rate)}</td>
              <td className="num">{rate(q.values.consumer_byte_rate)}</td>
              <td className="num">{q.values.request_percentage === undefined ? <span className="muted">none</span> : `${q.values.request_percentage}%`}</td>
              <td>
                <button type="button" className="button" onClick={() => onEdit(q)} disabled={readOnly} aria-label={`Edit quotas of ${entityLabel(q.entity)}`}>
                  Edit
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
