'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { PaymentsDashboard } from '@/components/payments/payments-dashboard';
import { RangePicker } from '@/components/payments/range-picker';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { type PaymentRange, paymentSummaryQuery } from '@/lib/api/queries';

/** The aggregator's default consumer group (npm run payments:process). */
const AGGREGATOR_GROUP = 'fluxo-payments';

export function PaymentsView({ cluster }: { cluster: string }) {
  const [range, setRange] = useState<PaymentRange>({ lastMinutes: 15 });
  const summary = useQuery(paymentSummaryQuery(cluster, range));
  const groupHref = `/clusters/${encodeURIComponent(cluster)}/consumer-groups/${AGGREGATOR_GROUP}`;
  return (
    <div className="stack">
      <PageHead
        title="Payments"
        sub={
          <>
            Per-minute aggregates{summary.data ? ` of ${summary.data.rawTopic} from ${summary.data.aggregateTopic}` : ''}, written
            exactly once by the aggregator (consumer group <Link href={groupHref}>{AGGREGATOR_GROUP}</Link>, see its lag).
          </>
        }
        actions={<RangePicker range={range} onChange={setRange} />}
      />
      <DataView
        query={summary}
        label="payment aggregates"
        height={420}
        isEmpty={(s) => s.windows.length === 0}
        empty={
          <EmptyState title="No payments in this range" height={420}>
            {summary.data?.rawTopicCheck.status !== 'ok' && summary.data?.rawTopicCheck.message}{' '}
            Charts appear once the aggregator has written windows for this range; try a longer range, or start the generator
            (npm run payments:produce) and the aggregator (npm run payments:process).
          </EmptyState>
        }
      >
        {(s) => <PaymentsDashboard summary={s} />}
      </DataView>
    </div>
  );
}
