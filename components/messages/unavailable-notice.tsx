'use client';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';

/** Says which partitions a read could not reach (no leader, broker down): the rest is shown. */
export function UnavailableNotice({ partitions }: { partitions?: readonly number[] }) {
  const t = useTranslations('unavailable');
  const f = useFormat();
  if (!partitions?.length) return null;
  return (
    <p className="callout warn" role="status">
      {t('partitions', { count: partitions.length, list: partitions.map((p) => f.count(p)).join(', ') })}
    </p>
  );
}
