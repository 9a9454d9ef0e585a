'use client';
// Sets or removes one entity's quotas: blank removes a quota. A review step shows the change before it is sent.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { DialogActions, FormError } from '@/components/topics/dialog';
import styles from '@/components/topics/topics.module.css';
import { Dialog } from '@/components/ui/dialog';
import { type AlterQuotaInput, type ClientQuota, QUOTA_KEYS, type QuotaEntity, type QuotaKey } from '@/lib/api/schemas/quotas';
import { useEntityLabel } from './quota-table';

type Scope = 'user' | 'client-id' | 'both';
const LABEL = {
  producer_byte_rate: 'keyProducerByteRate',
  consumer_byte_rate: 'keyConsumerByteRate',
  request_percentage: 'keyRequestPercentage',
} as const satisfies Record<QuotaKey, string>;

interface Props {
  /** The quota being edited, or undefined for a new entity. */
  existing?: ClientQuota;
  save: (input: AlterQuotaInput) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

export function QuotaDialog({ existing, save, onClose, onDone }: Props) {
  const t = useTranslations('quotas');
  const entityLabel = useEntityLabel();
  const initial = existing?.entity;
  const [scope, setScope] = useState<Scope>(initial ? (initial.user !== undefined && initial.clientId !== undefined ? 'both' : initial.user !== undefined ? 'user' : 'client-id') : 'user');
  const [user, setUser] = useState(initial?.user ?? '');
  const [clientId, setClientId] = useState(initial?.clientId ?? '');
  const [values, setValues] = useState<Record<QuotaKey, string>>(
    Object.fromEntries(QUOTA_KEYS.map((k) => [k, existing?.values[k] === undefined ? '' : String(existing.values[k])])) as Record<QuotaKey, string>,
  );
  const [review, setReview] = useState<AlterQuotaInput | null>(null);
  const run = useMutation({ mutationFn: (input: AlterQuotaInput) => save(input), onSuccess: onDone });

  const entity = (): QuotaEntity => ({
    ...(scope !== 'client-id' ? { user: user.trim() || null } : {}),
    ...(scope !== 'user' ? { clientId: clientId.trim() || null } : {}),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const set: AlterQuotaInput['set'] = {};
    const remove: QuotaKey[] = [];
    for (const k of QUOTA_KEYS) {
      if (values[k].trim() !== '') set[k] = Number(values[k]);
      else if (existing?.values[k] !== undefined) remove.push(k);
    }
    setReview({ entity: entity(), set, remove });
  };

  if (review) {
    return (
      <Dialog title={t('reviewTitle')} onClose={onClose}>
        <p>{t('reviewFor', { entity: entityLabel(review.entity) })}</p>
        <ul>
          {Object.entries(review.set).map(([k, v]) => (
            <li key={k}>{t.rich('reviewSet', { key: k, value: v, code: (chunks) => <code>{chunks}</code> })}</li>
          ))}
          {review.remove.map((k) => (
            <li key={k}>{t.rich('reviewRemove', { key: k, code: (chunks) => <code>{chunks}</code> })}</li>
          ))}
        </ul>
        <FormError error={run.error} />
        <div className="dialog-foot">
          <button type="button" className="button" onClick={() => setReview(null)} disabled={run.isPending}>
            {t('back')}
          </button>
          <button type="button" className="button primary" onClick={() => run.mutate(review)} disabled={run.isPending}>
            {run.isPending ? t('applying') : t('apply')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={existing ? t('editTitle', { entity: entityLabel(existing.entity) }) : t('newTitle')} onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        {!existing && (
          <>
            <label className={styles.field}>
              {t('appliesTo')}
              <select value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
                <option value="user">{t('scopeUser')}</option>
                <option value="client-id">{t('scopeClientId')}</option>
                <option value="both">{t('scopeBoth')}</option>
              </select>
            </label>
            {scope !== 'client-id' && (
              <label className={styles.field}>
                {t('userField')}
                <input type="text" value={user} onChange={(e) => setUser(e.target.value)} />
              </label>
            )}
            {scope !== 'user' && (
              <label className={styles.field}>
                {t('clientIdField')}
                <input type="text" value={clientId} onChange={(e) => setClientId(e.target.value)} />
              </label>
            )}
          </>
        )}
        {QUOTA_KEYS.map((k) => (
          <label key={k} className={styles.field}>
            {t(LABEL[k])}
            <input type="number" min={0} step="any" value={values[k]} onChange={(e) => setValues({ ...values, [k]: e.target.value })} placeholder={t('none')} />
          </label>
        ))}
        <DialogActions onCancel={onClose} submitLabel={t('review')} busy={false} disabled={QUOTA_KEYS.every((k) => values[k].trim() === '' && existing?.values[k] === undefined)} />
      </form>
    </Dialog>
  );
}
