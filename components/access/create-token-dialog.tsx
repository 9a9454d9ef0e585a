'use client';
import { type FormEvent, useState } from 'react';
import { Dialog } from '@/components/ui/dialog';

export interface CreateTokenDialogProps {
  roles: string[];
  /** The made token, shown once. */
  madeToken: string | null;
  error: string | null;
  pending: boolean;
  onCreate: (input: { name: string; role: string; clusters: string[] }) => void;
  onClose: () => void;
}

export function CreateTokenDialog({ roles, madeToken, error, pending, onCreate, onClose }: CreateTokenDialogProps) {
  const [name, setName] = useState('');
  const [role, setRole] = useState(roles[0] ?? 'viewer');
  const [clusters, setClusters] = useState('*');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onCreate({ name: name.trim(), role, clusters: clusters.split(',').map((c) => c.trim()).filter(Boolean) });
  };
  if (madeToken) {
    return (
      <Dialog title="API token made" onClose={onClose} footer={<button type="button" className="button primary" onClick={onClose}>Done</button>}>
        <p>Copy it now: Fluxo keeps only its hash and cannot show it again.</p>
        <pre className="mono token-value" aria-label="The new API token">{madeToken}</pre>
        <p className="muted">Use it as <code>Authorization: Bearer &lt;token&gt;</code>.</p>
      </Dialog>
    );
  }
  return (
    <Dialog title="Make an API token" onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        {error && <p className="callout danger" role="alert">{error}</p>}
        <label className="field">
          <span>Name</span>
          <input required maxLength={64} value={name} onChange={(e) => setName(e.target.value)} placeholder="ci-deploy" />
        </label>
        <label className="field">
          <span>Role</span>
          <select value={role} onChange={(e) => setRole(e.target.value)}>
            {roles.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <label className="field">
          <span>Clusters (comma-separated, * for all)</span>
          <input required value={clusters} onChange={(e) => setClusters(e.target.value)} />
        </label>
        <div className="dialog-foot">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary" disabled={pending || !name.trim()}>{pending ? 'Making…' : 'Make token'}</button>
        </div>
      </form>
    </Dialog>
  );
}
