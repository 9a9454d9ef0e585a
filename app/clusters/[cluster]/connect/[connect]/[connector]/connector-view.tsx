'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConnectorConfigList } from '@/components/connect/config-list';
import { ConfirmByNameDialog } from '@/components/connect/confirm-by-name-dialog';
import { EditConfigDialog } from '@/components/connect/edit-config-dialog';
import { OffsetsTable } from '@/components/connect/offsets-table';
import { ConnectorStateBadge } from '@/components/connect/state-badge';
import { TaskTable } from '@/components/connect/task-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { ErrorCallout } from '@/components/ui/error-text';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { Stat } from '@/components/ui/stat';
import { connectorAction, deleteConnector, resetConnectorOffsets, restartConnectorTask, updateConnectorConfig } from '@/lib/api/connect-mutations';
import { connectorOffsetsQuery, connectorQuery, keys, overviewQuery } from '@/lib/api/queries';
import type { ConnectorDetail } from '@/lib/api/schemas/connect';
import { parsePropertyLines, toPropertyLines } from '@/lib/connect/form';

type Action = Parameters<typeof connectorAction>[1];

const ACTIONS = [
  { label: 'pause', body: { action: 'pause' }, when: (d) => d.state === 'RUNNING' },
  { label: 'resume', body: { action: 'resume' }, when: (d) => d.state === 'PAUSED' || d.state === 'STOPPED' },
  { label: 'stop', body: { action: 'stop' }, when: (d) => d.state !== 'STOPPED' },
  { label: 'restart', body: { action: 'restart' }, when: () => true },
  { label: 'restartAll', body: { action: 'restart', includeTasks: true }, when: (d) => d.tasks.length > 0 },
  { label: 'restartFailed', body: { action: 'restart', includeTasks: true, onlyFailed: true }, when: (d) => d.state === 'FAILED' || d.tasksFailed > 0 },
] as const satisfies { label: string; body: Action; when: (d: ConnectorDetail) => boolean }[];

export function ConnectorView({ cluster, connect, connector }: { cluster: string; connect: string; connector: string }) {
  const t = useTranslations('connector');
  const common = useTranslations('common');
  const target = { cluster, connect, connector };
  const detail = useQuery(connectorQuery(cluster, connect, connector));
  // The server refuses changes on a read-only cluster anyway; the buttons say so before a click.
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const readOnlyTitle = readOnly ? common('readOnlyCluster') : undefined;
  const offsets = useQuery(connectorOffsetsQuery(cluster, connect, connector));
  const client = useQueryClient();
  const router = useRouter();
  const [dialog, setDialog] = useState<'delete' | 'edit' | 'reset' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: keys.connect(cluster) });
  const act = useMutation({
    mutationFn: ({ label, body }: { label: string; body: Action }) => connectorAction(target, body).then(() => label),
    onSuccess: (label) => {
      setNotice(t('sent', { action: label }));
      void refresh();
    },
  });
  const restartTask = useMutation({
    mutationFn: (task: number) => restartConnectorTask(target, task),
    onSuccess: (_, task) => {
      setNotice(t('taskRestarted', { task }));
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (typed: string) => deleteConnector(target, typed),
    onSuccess: () => {
      void refresh();
      router.push(`/clusters/${encodeURIComponent(cluster)}/connect`);
    },
  });
  const edit = useMutation({
    mutationFn: (text: string) => {
      const parsed = parsePropertyLines(text);
      if (!parsed.ok) throw new Error(parsed.message);
      return updateConnectorConfig(target, parsed.config);
    },
    onSuccess: () => {
      setDialog(null);
      setNotice(t('configSaved'));
      void refresh();
    },
  });
  const reset = useMutation({
    mutationFn: (typed: string) => resetConnectorOffsets(target, typed),
    onSuccess: (r) => {
      setDialog(null);
      setNotice(r.message);
      void client.invalidateQueries({ queryKey: keys.connectorOffsets(cluster, connect, connector) });
    },
  });
  const busy = act.isPending || restartTask.isPending;
  const actionError = act.error ?? restartTask.error;
  const groupHref = (groupId: string) => `/clusters/${encodeURIComponent(cluster)}/consumer-groups/${encodeURIComponent(groupId)}`;

  return (
    <div className="stack">
      <PageHead
        title={connector}
        sub={
          <>
            <Link href={`/clusters/${encodeURIComponent(cluster)}/connect`}>Kafka Connect</Link> · {connect}
            {detail.data && <> · {detail.data.type} · <code>{detail.data.plugin}</code></>}
          </>
        }
        actions={
          detail.data && (
            <>
              {ACTIONS.filter((a) => a.when(detail.data)).map((a) => (
                <button key={a.label} type="button" className="button" disabled={busy || readOnly} title={readOnlyTitle} onClick={() => act.mutate({ label: t(a.label), body: a.body })}>
                  {t(a.label)}
                </button>
              ))}
              <button type="button" className="button" disabled={readOnly} title={readOnlyTitle} onClick={() => setDialog('edit')}>
                {t('editConfig')}
              </button>
              <button type="button" className="button danger" disabled={readOnly} title={readOnlyTitle} onClick={() => setDialog('delete')}>
                {t('delete')}
              </button>
            </>
          )
        }
      />
      {notice && !actionError && (
        <div className="callout" role="status">
          {notice}
        </div>
      )}
      <ErrorCallout error={actionError} />
      <DataView query={detail} label={t('label')}>
        {(d) => (
          <>
            <div className="stats">
              <div className="stat" role="group" aria-label={t('state')}>
                <div className="label">{t('state')}</div>
                <div className="value">
                  <ConnectorStateBadge state={d.state} />
                </div>
                <div className="note">{d.workerId ?? t('notAssigned')}</div>
              </div>
              <Stat label={t('tasksRunning')} value={d.tasksRunning} tone={d.tasksRunning ? 'good' : undefined} />
              <Stat label={t('tasksFailed')} value={d.tasksFailed} tone={d.tasksFailed ? 'bad' : 'good'} />
              {d.sinkGroup && <Stat label={t('sinkLag')} value={d.sinkGroup.totalLag ?? '—'} note={d.sinkGroup.error ?? t('sinkLagNote')} />}
            </div>
            {d.trace && (
              <Panel title={t('error')}>
                {/* The worker's own stack trace. */}
                <pre className="code-block" lang="en">
                  {d.trace}
                </pre>
              </Panel>
            )}
            <Panel title={t('tasks')} hint={t('tasksHint')}>
              {d.tasks.length ? (
                <TaskTable tasks={d.tasks} onRestart={(id) => restartTask.mutate(id)} restartDisabled={busy || readOnly} />
              ) : (
                <EmptyState title={t('noTasksTitle')}>{t('noTasksText')}</EmptyState>
              )}
            </Panel>
            <Panel title={t('topics')} hint={t('topicsHint', { path: 'GET /connectors/{name}/topics' })}>
              <ul>
                {(d.activeTopics ?? []).map((topic) => (
                  <li key={topic}>
                    <Link href={`/clusters/${encodeURIComponent(cluster)}/topics/${encodeURIComponent(topic)}`}>{topic}</Link> <span className="muted">{t('inUse')}</span>
                  </li>
                ))}
                {d.topics.filter((topic) => !(d.activeTopics ?? []).includes(topic)).map((topic) => (
                  <li key={topic}>
                    <code>{topic}</code> <span className="muted">{t('fromConfig')}</span>
                  </li>
                ))}
              </ul>
              {d.sinkGroup && (
                <p>{t.rich('consumerGroup', { group: d.sinkGroup.groupId, link: (chunks) => <Link href={groupHref(d.sinkGroup!.groupId)}>{chunks}</Link> })}</p>
              )}
            </Panel>
            <Panel
              title={t('offsets')}
              hint={t('offsetsHint')}
              actions={
                <button type="button" className="button" disabled={d.state !== 'STOPPED' || readOnly} title={readOnlyTitle} onClick={() => setDialog('reset')}>
                  {t('resetOffsets')}
                </button>
              }
            >
              <DataView
                query={offsets}
                label={t('offsetsLabel')}
                isEmpty={(o) => o.offsets.length === 0}
                empty={<EmptyState title={t('noOffsetsTitle')}>{t('noOffsetsText')}</EmptyState>}
              >
                {(o) => <OffsetsTable offsets={o.offsets} />}
              </DataView>
            </Panel>
            <Panel title={t('config')} hint={d.maskedKeys.length ? t('masked', { count: d.maskedKeys.length }) : undefined}>
              <ConnectorConfigList config={d.config} maskedKeys={d.maskedKeys} />
            </Panel>
            {dialog === 'edit' && (
              <EditConfigDialog name={connector} initial={toPropertyLines(d.config)} busy={edit.isPending} error={edit.error} onClose={() => setDialog(null)} onSave={(t) => edit.mutate(t)} />
            )}
          </>
        )}
      </DataView>
      {dialog === 'delete' && (
        <ConfirmByNameDialog
          title={t('deleteTitle', { name: connector })}
          name={connector}
          confirmLabel={t('deleteConfirm')}
          busy={remove.isPending}
          error={remove.error}
          onClose={() => setDialog(null)}
          onConfirm={(t) => remove.mutate(t)}
        >
          {t('deleteText')}
        </ConfirmByNameDialog>
      )}
      {dialog === 'reset' && (
        <ConfirmByNameDialog
          title={t('resetTitle', { name: connector })}
          name={connector}
          confirmLabel={t('resetOffsets')}
          busy={reset.isPending}
          error={reset.error}
          onClose={() => setDialog(null)}
          onConfirm={(t) => reset.mutate(t)}
        >
          {t('resetText')}
        </ConfirmByNameDialog>
      )}
    </div>
  );
}
