'use client';
import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Dialog } from '@/components/ui/dialog';
import { ErrorCallout } from '@/components/ui/error-text';

export interface CreateTokenDialogProps {
  roles: string[];
  /** The made token, shown once. */
  madeToken: string | null;
  error: unknown;
  pending: boolean;
  onCreate: (input: { name: string; role: string; clusters: string[] }) => void;
  onClose: () => void;
}

export function CreateTokenDialog({ roles, madeToken, error, pending, onCreate, onClose }: CreateTokenDialogProps) {
  const t = useTranslations('tokens');
  const cancel = useTranslations('common')('cancel');
  const [name, setName] = useState('');
  const [role, setRole] = useState(roles[0] ?? 'viewer');
  const [clusters, setClusters] = useState('*');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onCreate({ name: name.trim(), role, clusters: clusters.split(',').map((c) => c.trim()).filter(Boolean) });
  };
  if (madeToken) {
    return (
      <Dialog title={t('madeTitle')} onClose={onClose} footer={<button type="button" className="button primary" onClick={onClose}>{t('done')}</button>}>
        <p>{t('copyNow')}</p>
        <pre className="mono token-value" aria-label={t('newToken')}>{madeToken}</pre>
        <p className="muted">{t.rich('useAs', { token: '<token>', code: (chunks) => <code>{chunks}</code> })}</p>
      </Dialog>
    );
  }
  return (
    <Dialog title={t('dialogTitle')} onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        <ErrorCallout error={error} />
        <label className="field">
          <span>{t('name')}</span>
          <input required maxLength={64} value={name} onChange={(e) => setName(e.target.value)} placeholder="ci-deploy" />
        </label>
        <label className="field">
          <span>{t('role')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value)}>
            {roles.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('clustersField')}</span>
          <input required value={clusters} onChange={(e) => setClusters(e.target.value)} />
        </label>
        <div className="dialog-foot">
          <button type="button" className="button" onClick={onClose}>{cancel}</button>
          <button type="submit" className="button primary" disabled={pending || !name.trim()}>{pending ? t('making') : t('make')}</button>
        </div>
      </form>
    </Dialog>
  );
}
