'use client';
// ACLs as rows: resource, who, what, allow or deny; each row can be deleted on its own.
import type { Acl } from '@/lib/api/schemas/acls';

/** Without onDelete the table only lists (a delete dialog's preview). */
export function AclTable({ acls, onDelete, readOnly = false }: { acls: Acl[]; onDelete?: (acl: Acl) => void; readOnly?: boolean }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">ACLs</caption>
        <thead>
          <tr>
            <th scope="col">Resource</th>
            <th scope="col">Name</th>
            <th scope="col">Pattern</th>
            <th scope="col">Principal</th>
            <th scope="col">Host</th>
            <th scope="col">Operation</th>
            <th scope="col">Permission</th>
            {onDelete && (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {acls.map((a) => {
            const label = `${a.permission} ${a.principal} ${a.operation} on ${a.resourceType} ${a.resourceName}`;
            return (
              <tr key={[a.resourceType, a.patternType, a.resourceName, a.principal, a.host, a.operation, a.permission].join('|')}>
                <td>{a.resourceType}</td>
                <td className="mono wrap">{a.resourceName}</td>
                <td>{a.patternType}</td>
                <td className="mono wrap">{a.principal}</td>
                <td className="mono">{a.host}</td>
                <td>{a.operation}</td>
                <td>
                  <span className={a.permission === 'allow' ? 'badge ok' : 'badge danger'}>{a.permission}</span>
                </td>
                {onDelete && (
                  <td>
                    <button type="button" className="button" onClick={() => onDelete(a)} disabled={readOnly} aria-label={`Delete ACL: ${label}`}>
                      Delete
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
