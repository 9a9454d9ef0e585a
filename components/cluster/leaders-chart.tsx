'use client';
// Leaders and replicas per broker: a skewed leader spread is the first thing to spot on an overview.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { tooltipStyle } from '@/components/ui/chart-figure';
import type { Broker } from '@/lib/api/schemas/cluster';

export function LeadersChart({ brokers }: { brokers: Broker[] }) {
  const data = brokers.map((b) => ({
    broker: `Broker ${b.id}`,
    leaders: b.leaderPartitions,
    replicas: b.replicaPartitions,
  }));
  return (
    <figure style={{ margin: 0 }}>
      <div style={{ width: '100%', height: 240 }} aria-hidden="true">
        <ResponsiveContainer>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis dataKey="broker" stroke="var(--text-muted)" tickLine={false} fontSize={12} />
            <YAxis stroke="var(--text-muted)" tickLine={false} allowDecimals={false} fontSize={12} />
            <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--surface-2)' }} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="leaders" name="Leader partitions" fill="var(--chart-1)" radius={[4, 4, 0, 0]} isAnimationActive={false} />
            <Bar dataKey="replicas" name="Replicas hosted" fill="var(--chart-2)" radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-table">
        <summary>Show as table</summary>
        <table className="data">
          <caption className="sr-only">Leader partitions and replicas per broker</caption>
          <thead>
            <tr>
              <th scope="col">Broker</th>
              <th scope="col" className="num">Leader partitions</th>
              <th scope="col" className="num">Replicas hosted</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.broker}>
                <td>{d.broker}</td>
                <td className="num">{d.leaders}</td>
                <td className="num">{d.replicas}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
