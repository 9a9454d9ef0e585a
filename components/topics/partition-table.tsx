'use client';
// Partitions with leader, replicas, ISR and watermarks; under-replicated and offline rows stand out.
import type { Partition } from '@/lib/api/schemas/topics';
import { cn } from '@/lib/cn';
import styles from './topics.module.css';

const ids = (list: number[]) => (list.length ? list.join(', ') : '—');
const offset = (n: number | null) => (n === null ? <span className="muted">unknown</span> : n.toLocaleString('en-US'));

function health(p: Partition) {
  if (p.leader === null) return { row: styles.rowDanger, badge: <span className="badge danger">offline</span> };
  if (p.isr.length < p.replicas.length) return { row: styles.rowWarn, badge: <span className="badge warn">under-replicated</span> };
  return { row: undefined, badge: <span className="badge ok">in sync</span> };
}

export function PartitionTable({ partitions }: { partitions: Partition[] }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Partitions</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Partition</th>
            <th scope="col">Health</th>
            <th scope="col" className="num">Leader</th>
            <th scope="col">Replicas</th>
            <th scope="col">In-sync replicas</th>
            <th scope="col">Offline replicas</th>
            <th scope="col" className="num">Low</th>
            <th scope="col" className="num">High</th>
            <th scope="col" className="num">Messages</th>
          </tr>
        </thead>
        <tbody>
          {partitions.map((p) => {
            const h = health(p);
            return (
              <tr key={p.partition} className={cn(h.row)}>
                <td className="num">{p.partition}</td>
                <td>{h.badge}</td>
                <td className="num">{p.leader ?? <span className="muted">none</span>}</td>
                <td className="mono">{ids(p.replicas)}</td>
                <td className="mono">{ids(p.isr)}</td>
                <td className="mono">{ids(p.offlineReplicas)}</td>
                <td className="num">{offset(p.low)}</td>
                <td className="num">{offset(p.high)}</td>
                <td className="num">{offset(p.messages)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
