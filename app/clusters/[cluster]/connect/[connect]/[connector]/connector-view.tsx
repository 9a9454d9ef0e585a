'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ConnectorConfigList } from '@/components/connect/config-list';
import { ConfirmByNameDialog } from '@/components/connect/confirm-by-name-dialog';
import { EditConfigDialog } from '@/components/connect/edit-config-dialog';
import { OffsetsTable } from '@/components/connect/offsets-table';
import { ConnectorStateBadge } from '@/components/connect/state-badge';
import { TaskTable } from '@/components/connect/task-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { Stat } from '@/components/ui/stat';
import { connectorAction, deleteConnector, resetConnectorOffsets, restartConnectorTask, updateConnectorConfig } from '@/lib/api/connect-mutations';
import { connectorOffsetsQuery, connectorQuery, keys, overviewQuery } from '@/lib/api/queries';
import type { ConnectorDetail } from '@/lib/api/schemas/connect';
import { parsePropertyLines, toPropertyLines } from '@/lib/connect/form';

type Action = Parameters<typeof connectorAction>[1];

const ACTIONS: { label: string; body: Action; when: (d: ConnectorDetail) => boolean }[] = [
  { label: 'Pause', body: { action: 'pause' }, when: (d) => d.state === 'RUNNING' },
  { label: 'Resume', body: { action: 'resume' }, when: (d) => d.state === 'PAUSED' || d.state === 'STOPPED' },
  { label: 'Stop', body: { action: 'stop' }, when: (d) => d.state !== 'STOPPED' },
  { label: 'Restart connector', body: { action: 'restart' }, when: () => true },
  { label: 'Restart all tasks', body: { action: 'restart', includeTasks: true }, when: (d) => d.tasks.length > 0 },
  { label: 'Restart failed', body: { action: 'restart', includeTasks: true, onlyFailed: true }, when: (d) => d.state === 'FAILED' || d.tasksFailed > 0 },
];

export function ConnectorView({ cluster, connect, connector }: { cluster: string; connect: string; connector: string }) {
  const target = { cluster, connect, connector };
  const detail = useQuery(connectorQuery(cluster, connect, connector));
  // The server refuses changes on a read-only cluster anyway; the buttons say so before a click.
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const readOnlyTitle = readOnly ? 'This cluster is read-only' : undefined;
  const offsets = useQuery(connectorOffsetsQuery(cluster, connect, connector));
  const client = useQueryClient();
  const router = useRouter();
  const [dialog, setDialog] = useState<'delete' | 'edit' | 'reset' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: keys.connect(cluster) });
  const act = useMutation({
    mutationFn: ({ label, body }: { label: string; body: Action }) => connectorAction(target, body).then(() => label),
    onSuccess: (label) => {
      setNotice(`${label}: sent to Connect`);
      void refresh();
    },
  });
  const restartTask = useMutation({
    mutationFn: (task: number) => restartConnectorTask(target, task),
    onSuccess: (_, task) => {
      setNotice(`Task ${task} restarted`);
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
      setNotice('Config saved');
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
                <button key={a.label} type="button" className="button" disabled={busy || readOnly} title={readOnlyTitle} onClick={() => act.mutate({ label: a.label, body: a.body })}>
                  {a.label}
                </button>
              ))}
              <button type="button" className="button" disabled={readOnly} title={readOnlyTitle} onClick={() => setDialog('edit')}>
                Edit config
              </button>
              <button type="button" className="button danger" disabled={readOnly} title={readOnlyTitle} onClick={() => setDialog('delete')}>
                Delete
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
      {actionError && (
        <div className="callout danger" role="alert">
          {actionError.message}
        </div>
      )}
      <DataView query={detail} label="connector">
        {(d) => (
          <>
            <div className="stats">
              <div className="stat" role="group" aria-label="State">
                <div className="label">State</div>
                <div className="value">
                  <ConnectorStateBadge state={d.state} />
                </div>
                <div className="note">{d.workerId ?? 'not assigned'}</div>
              </div>
              <Stat label="Tasks running" value={d.tasksRunning} tone={d.tasksRunning ? 'good' : undefined} />
              <Stat label="Tasks failed" value={d.tasksFailed} tone={d.tasksFailed ? 'bad' : 'good'} />
              {d.sinkGroup && <Stat label="Sink lag" value={d.sinkGroup.totalLag ?? '—'} note={d.sinkGroup.error ?? 'messages, all partitions'} />}
            </div>
            {d.trace && (
              <Panel title="Connector error">
                <pre className="code-block">{d.trace}</pre>
              </Panel>
            )}
            <Panel title="Tasks" hint="Each task's state and the worker it runs on">
              {d.tasks.length ? (
                <TaskTable tasks={d.tasks} onRestart={(id) => restartTask.mutate(id)} restartDisabled={busy || readOnly} />
              ) : (
                <EmptyState title="No tasks">Connect starts the connector&apos;s tasks once it is running.</EmptyState>
              )}
            </Panel>
            <Panel title="Topics" hint="In use (GET /connectors/{name}/topics) and named in the config">
              <ul>
                {(d.activeTopics ?? []).map((t) => (
                  <li key={t}>
                    <Link href={`/clusters/${encodeURIComponent(cluster)}/topics/${encodeURIComponent(t)}`}>{t}</Link> <span className="muted">in use</span>
                  </li>
                ))}
                {d.topics.filter((t) => !(d.activeTopics ?? []).includes(t)).map((t) => (
                  <li key={t}>
                    <code>{t}</code> <span className="muted">from the config</span>
                  </li>
                ))}
              </ul>
              {d.sinkGroup && (
                <p>
                  Consumer group: <Link href={groupHref(d.sinkGroup.groupId)}>{d.sinkGroup.groupId}</Link>
                </p>
              )}
            </Panel>
            <Panel
              title="Offsets"
              hint="KIP-875: reset only while the connector is STOPPED"
              actions={
                <button type="button" className="button" disabled={d.state !== 'STOPPED' || readOnly} title={readOnlyTitle} onClick={() => setDialog('reset')}>
                  Reset offsets
                </button>
              }
            >
              <DataView
                query={offsets}
                label="offsets"
                isEmpty={(o) => o.offsets.length === 0}
                empty={<EmptyState title="No offsets yet">Offsets appear once the connector commits its first position.</EmptyState>}
              >
                {(o) => <OffsetsTable offsets={o.offsets} />}
              </DataView>
            </Panel>
            <Panel title="Config" hint={d.maskedKeys.length ? `${d.maskedKeys.length} sensitive value(s) hidden` : undefined}>
              <ConnectorConfigList config={d.config} maskedKeys={d.maskedKeys} />
            </Panel>
            {dialog === 'edit' && (
              <EditConfigDialog name={connector} initial={toPropertyLines(d.config)} busy={edit.isPending} error={edit.error?.message} onClose={() => setDialog(null)} onSave={(t) => edit.mutate(t)} />
            )}
          </>
        )}
      </DataView>
      {dialog === 'delete' && (
        <ConfirmByNameDialog
          title={`Delete connector ${connector}`}
          name={connector}
          confirmLabel="Delete connector"
          busy={remove.isPending}
          error={remove.error?.message}
          onClose={() => setDialog(null)}
          onConfirm={(t) => remove.mutate(t)}
        >
          Connect stops the connector&apos;s tasks and forgets its config. Its topics and their messages stay; a sink&apos;s consumer group keeps its offsets.
        </ConfirmByNameDialog>
      )}
      {dialog === 'reset' && (
        <ConfirmByNameDialog
          title={`Reset offsets of ${connector}`}
          name={connector}
          confirmLabel="Reset offsets"
          busy={reset.isPending}
          error={reset.error?.message}
          onClose={() => setDialog(null)}
          onConfirm={(t) => reset.mutate(t)}
        >
          The connector forgets its position: when resumed, a source reads from the start again, a sink from its consumer&apos;s reset policy.
        </ConfirmByNameDialog>
      )}
    </div>
  );
}
