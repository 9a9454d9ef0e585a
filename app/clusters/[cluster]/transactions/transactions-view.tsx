'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { AbortTransactionDialog } from '@/components/transactions/abort-dialog';
import { OpenTransactionTable, type OpenTransactionRow } from '@/components/transactions/open-transaction-table';
import { TransactionTable } from '@/components/transactions/transaction-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { keys, overviewQuery, transactionsQuery } from '@/lib/api/queries';
import { useFormat } from '@/lib/format/use-format';

export function TransactionsView({ cluster }: { cluster: string }) {
  const t = useTranslations('transactions');
  const f = useFormat();
  const list = useQuery(transactionsQuery(cluster));
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const queryClient = useQueryClient();
  const [aborting, setAborting] = useState<OpenTransactionRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const maxTimeout = list.data ? f.duration(list.data.transactionMaxTimeoutMs) : 'transaction.max.timeout.ms';
  return (
    <div className="stack">
      <PageHead title={t('title')} sub={t('sub')} />
      {notice && (
        <div className="callout" role="status">
          {notice}
        </div>
      )}
      <Panel title={t('openPanel')} hint={t('openHint', { maxTimeout })}>
        <DataView
          query={list}
          label={t('openLabel')}
          height={100}
          isEmpty={(l) => l.openTransactions.length === 0}
          empty={<EmptyState title={t('openEmptyTitle')} height={100}>{t('openEmptyText')}</EmptyState>}
        >
          {(l) => <OpenTransactionTable rows={l.openTransactions} canAbort={readOnly ? t('readOnly') : null} onAbort={setAborting} />}
        </DataView>
      </Panel>
      <Panel title={t('idsPanel')}>
        <DataView
          query={list}
          label={t('idsLabel')}
          isEmpty={(l) => l.transactions.length === 0}
          empty={<EmptyState title={t('idsEmptyTitle')}>{t('idsEmptyText')}</EmptyState>}
        >
          {(l) => <TransactionTable transactions={l.transactions} />}
        </DataView>
      </Panel>
      {aborting && (
        <AbortTransactionDialog
          cluster={cluster}
          row={aborting}
          onClose={() => setAborting(null)}
          onAborted={(message) => {
            setAborting(null);
            setNotice(message);
            void queryClient.invalidateQueries({ queryKey: keys.transactions(cluster) });
          }}
        />
      )}
    </div>
  );
}
