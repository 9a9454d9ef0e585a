'use client';
// A broker's (or the cluster-wide default's) configuration with Kafka's descriptions, and its edit dialog.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConfigEditDialog } from '@/components/cluster/config-edit-dialog';
import { ConfigTable } from '@/components/cluster/config-table';
import { DataView } from '@/components/ui/data-state';
import { Panel } from '@/components/ui/panel';
import { patchBrokerConfigsRequest } from '@/lib/api/cluster-actions';
import { brokerConfigsQuery, keys, overviewQuery } from '@/lib/api/queries';

export function BrokerConfigSection({ cluster, scope }: { cluster: string; scope: number | 'default' }) {
  const t = useTranslations('brokers');
  const edit = useTranslations('configEdit');
  const common = useTranslations('common');
  const queryClient = useQueryClient();
  const configs = useQuery(brokerConfigsQuery(cluster, scope));
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const [editing, setEditing] = useState(false);
  const isDefault = scope === 'default';
  return (
    <Panel
      title={t('configuration')}
      hint={isDefault ? t('configurationDefaultsHint') : t('configurationHint')}
      actions={
        <button type="button" className="button" onClick={() => setEditing(true)} disabled={readOnly || !configs.data} title={readOnly ? common('readOnlyCluster') : undefined}>
          {t('editConfiguration')}
        </button>
      }
    >
      <DataView query={configs} label={t('configuration')} height={320}>
        {(entries) => (
          <>
            <ConfigTable entries={entries} />
            {editing && (
              <ConfigEditDialog
                title={isDefault ? edit('editDefaults') : edit('editBroker', { id: scope })}
                entries={entries}
                overrideSources={isDefault ? ['dynamic-default-broker'] : ['dynamic-broker']}
                save={(patch) => patchBrokerConfigsRequest(cluster, scope, patch)}
                onClose={() => setEditing(false)}
                onSaved={(next) => {
                  setEditing(false);
                  queryClient.setQueryData(brokerConfigsQuery(cluster, scope).queryKey, next);
                  // A default change shows in every broker's view: refresh them all.
                  void queryClient.invalidateQueries({ queryKey: keys.allBrokerConfigs(cluster) });
                }}
              />
            )}
          </>
        )}
      </DataView>
    </Panel>
  );
}
