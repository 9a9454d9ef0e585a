'use client';
// The topic list: sortable column headers (the server sorts), health badges, links to each topic.
import Link from 'next/link';
import type { TopicSortKey, TopicSummary } from '@/lib/api/schemas/topics';
import styles from './topics.module.css';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';

const COLUMNS = [
  { key: 'name', label: 'name', numeric: false },
  { key: 'partitions', label: 'partitions', numeric: true },
  { key: 'replicationFactor', label: 'replication', numeric: true },
  { key: 'underReplicatedPartitions', label: 'underReplicated', numeric: true },
  { key: 'offlinePartitions', label: 'offline', numeric: true },
  { key: 'messages', label: 'messages', numeric: true },
  { key: 'sizeBytes', label: 'size', numeric: true },
] as const satisfies { key: TopicSortKey; label: string; numeric: boolean }[];

interface Props {
  topics: TopicSummary[];
  sort: TopicSortKey;
  order: 'asc' | 'desc';
  onSort: (key: TopicSortKey) => void;
  hrefFor: (name: string) => string;
}

export function TopicTable({ topics, sort, order, onSort, hrefFor }: Props) {
  const t = useTranslations('topics');
  const common = useTranslations('common');
  const { count, bytes } = useFormat();
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('title')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.numeric ? 'num' : undefined}
                aria-sort={sort === c.key ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className={styles.sortButton} onClick={() => onSort(c.key)}>
                  {t(c.label)}
                  <span aria-hidden="true">{sort === c.key ? (order === 'asc' ? '▲' : '▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.name}>
              <td className={styles.topicName}>
                <Link href={hrefFor(topic.name)} className="mono">
                  {topic.name}
                </Link>{' '}
                {topic.internal && <span className="badge muted">{common('internal')}</span>}
              </td>
              <td className="num">{count(topic.partitions)}</td>
              <td className="num">{topic.replicationFactor}</td>
              <td className="num">
                {topic.underReplicatedPartitions > 0 ? <span className="badge warn">{count(topic.underReplicatedPartitions)}</span> : 0}
              </td>
              <td className="num">{topic.offlinePartitions > 0 ? <span className="badge danger">{count(topic.offlinePartitions)}</span> : 0}</td>
              <td className="num">
                {topic.messages === null ? <span className="muted" title={t('leaderSilent')}>{common('unknown')}</span> : count(topic.messages)}
              </td>
              <td className="num">
                {topic.sizeBytes === null ? <span className="muted" title={t('sizeUnknown')}>{common('unknown')}</span> : bytes(topic.sizeBytes)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
