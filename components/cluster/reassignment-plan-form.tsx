'use client';
// What to plan: an even spread, or emptying one broker; for some topics or all non-internal ones.
import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import styles from '@/components/topics/topics.module.css';
import type { ReassignmentPlanBody } from '@/lib/api/schemas/reassignments';

interface Props {
  brokerIds: number[];
  busy: boolean;
  onPropose: (body: ReassignmentPlanBody) => void;
}

export function ReassignmentPlanForm({ brokerIds, busy, onPropose }: Props) {
  const t = useTranslations('reassignments');
  const [kind, setKind] = useState<ReassignmentPlanBody['kind']>('balance');
  const [brokerId, setBrokerId] = useState<number | undefined>(brokerIds[0]);
  const [topics, setTopics] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const named = topics.split(',').map((s) => s.trim()).filter(Boolean);
    onPropose({ kind, ...(kind === 'drain' ? { brokerId: brokerId ?? brokerIds[0] } : {}), ...(named.length ? { topics: named } : {}) });
  };
  return (
    <form onSubmit={submit} className="row" style={{ gap: 12, flexWrap: 'wrap', alignItems: 'flex-end' }}>
      <label className={styles.field}>
        {t('kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as ReassignmentPlanBody['kind'])}>
          <option value="balance">{t('kindBalance')}</option>
          <option value="drain">{t('kindDrain')}</option>
        </select>
      </label>
      {kind === 'drain' && (
        <label className={styles.field}>
          {t('broker')}
          <select value={brokerId ?? ''} onChange={(e) => setBrokerId(Number(e.target.value))}>
            {brokerIds.map((id) => (
              <option key={id} value={id}>
                {t('brokerOption', { id })}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className={styles.field} style={{ flex: 1, minWidth: 260 }}>
        {t('topics')}
        <input type="text" value={topics} onChange={(e) => setTopics(e.target.value)} placeholder={t('topicsPlaceholder')} />
      </label>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('proposing') : t('propose')}
      </button>
    </form>
  );
}
