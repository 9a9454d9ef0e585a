'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { PaymentsDashboard } from '@/components/payments/payments-dashboard';
import { RangePicker } from '@/components/payments/range-picker';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { type PaymentRange, paymentSummaryQuery } from '@/lib/api/queries';
import { useTranslations } from 'use-intl';

/** The aggregator's default consumer group (npm run payments:process). */
const AGGREGATOR_GROUP = 'fluxo-payments';

export function PaymentsView({ cluster }: { cluster: string }) {
  const t = useTranslations('payments');
  const [range, setRange] = useState<PaymentRange>({ lastMinutes: 15 });
  const summary = useQuery(paymentSummaryQuery(cluster, range));
  const base = `/clusters/${encodeURIComponent(cluster)}`;
  const groupHref = `${base}/consumer-groups/${AGGREGATOR_GROUP}`;
  const topicHref = (topic: string) => `${base}/topics/${encodeURIComponent(topic)}`;
  return (
    <div className="stack">
      <PageHead
        title={t('title')}
        sub={
          summary.data
            ? t.rich('subTopics', {
                raw: summary.data.rawTopic,
                agg: summary.data.aggregateTopic,
                group: AGGREGATOR_GROUP,
                rawLink: (chunks) => <Link href={topicHref(summary.data.rawTopic)}>{chunks}</Link>,
                aggLink: (chunks) => <Link href={topicHref(summary.data.aggregateTopic)}>{chunks}</Link>,
                groupLink: (chunks) => <Link href={groupHref}>{chunks}</Link>,
              })
            : t.rich('sub', { group: AGGREGATOR_GROUP, groupLink: (chunks) => <Link href={groupHref}>{chunks}</Link> })
        }
        actions={<RangePicker range={range} onChange={setRange} />}
      />
      <DataView
        query={summary}
        label={t('label')}
        height={420}
        isEmpty={(s) => s.windows.length === 0}
        empty={
          <EmptyState title={t('emptyTitle')} height={420}>
            {summary.data?.rawTopicCheck.status !== 'ok' && summary.data?.rawTopicCheck.message} {t('emptyText')}
          </EmptyState>
        }
      >
        {(s) => <PaymentsDashboard summary={s} nowMs={summary.dataUpdatedAt} />}
      </DataView>
    </div>
  );
}
