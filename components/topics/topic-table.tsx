'use client';
// The topic list: sortable column headers (the server sorts), health badges, links to each topic.
import Link from 'next/link';
import type { TopicSortKey, TopicSummary } from '@/lib/api/schemas/topics';
import styles from './topics.module.css';

const COLUMNS: { key: TopicSortKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Name', numeric: false },
  { key: 'partitions', label: 'Partitions', numeric: true },
  { key: 'replicationFactor', label: 'Replication', numeric: true },
  { key: 'underReplicatedPartitions', label: 'Under-replicated', numeric: true },
  { key: 'offlinePartitions', label: 'Offline', numeric: true },
  { key: 'messages', label: 'Messages', numeric: true },
];

interface Props {
  topics: TopicSummary[];
  sort: TopicSortKey;
  order: 'asc' | 'desc';
  onSort: (key: TopicSortKey) => void;
  hrefFor: (name: string) => string;
}

const count = (n: number) => n.toLocaleString('en-US');

export function TopicTable({ topics, sort, order, onSort, hrefFor }: Props) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Topics</caption>
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
                  {c.label}
                  <span aria-hidden="true">{sort === c.key ? (order === 'asc' ? '▲' : '▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {topics.map((t) => (
            <tr key={t.name}>
              <td className={styles.topicName}>
                <Link href={hrefFor(t.name)} className="mono">
                  {t.name}
                </Link>{' '}
                {t.internal && <span className="badge muted">internal</span>}
              </td>
              <td className="num">{count(t.partitions)}</td>
              <td className="num">{t.replicationFactor}</td>
              <td className="num">
                {t.underReplicatedPartitions > 0 ? <span className="badge warn">{count(t.underReplicatedPartitions)}</span> : 0}
              </td>
              <td className="num">{t.offlinePartitions > 0 ? <span className="badge danger">{count(t.offlinePartitions)}</span> : 0}</td>
              <td className="num">
                {t.messages === null ? <span className="muted" title="A partition leader did not answer">unknown</span> : count(t.messages)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
