'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AbortTransactionDialog } from '@/components/transactions/abort-dialog';
import { OpenTransactionTable, type OpenTransactionRow } from '@/components/transactions/open-transaction-table';
import { TransactionTable } from '@/components/transactions/transaction-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { keys, overviewQuery, transactionsQuery } from '@/lib/api/queries';

export function TransactionsView({ cluster }: { cluster: string }) {
  const list = useQuery(transactionsQuery(cluster));
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const queryClient = useQueryClient();
  const [aborting, setAborting] = useState<OpenTransactionRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const maxTimeout = list.data ? `${Math.round(list.data.transactionMaxTimeoutMs / 60_000)} min` : 'transaction.max.timeout.ms';
  return (
    <div className="stack">
      <PageHead title="Transactions" sub="Transactional producers, the partitions they hold open, and hanging transactions that stall read_committed consumers." />
      {notice && (
        <div className="callout" role="status">
          {notice}
        </div>
      )}
      <Panel title="Open transactions by partition" hint={`Hanging: open longer than transaction.max.timeout.ms (${maxTimeout}) and not held open by a coordinator, as kafka-transactions find-hanging.`}>
        <DataView
          query={list}
          label="open transactions"
          height={100}
          isEmpty={(l) => l.openTransactions.length === 0}
          empty={<EmptyState title="No open transactions" height={100}>Partitions with a transaction in progress appear here, with Kafka&apos;s hanging verdict.</EmptyState>}
        >
          {(l) => <OpenTransactionTable rows={l.openTransactions} canAbort={readOnly ? 'The cluster is read-only' : null} onAbort={setAborting} />}
        </DataView>
      </Panel>
      <Panel title="Transactional ids">
        <DataView
          query={list}
          label="transactions"
          isEmpty={(l) => l.transactions.length === 0}
          empty={<EmptyState title="No transactional producers">Producers with a transactional.id appear here once they have started.</EmptyState>}
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
