'use client';
// Messages per partition: skew (one hot partition, an idle one) is what an operator looks for here.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Partition } from '@/lib/api/schemas/topics';

const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)' };

export function MessagesChart({ partitions }: { partitions: Partition[] }) {
  const data = partitions.map((p) => ({ partition: String(p.partition), messages: p.messages ?? 0, known: p.messages !== null }));
  return (
    <figure style={{ margin: 0 }}>
      <div style={{ width: '100%', height: 220 }} aria-hidden="true">
        <ResponsiveContainer>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis dataKey="partition" stroke="var(--text-muted)" tickLine={false} fontSize={12} />
            <YAxis stroke="var(--text-muted)" tickLine={false} allowDecimals={false} fontSize={12} width={56} />
            <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--surface-2)' }} labelFormatter={(l) => `Partition ${l}`} />
            <Bar dataKey="messages" name="Messages" fill="var(--chart-1)" radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-table">
        <summary>Show as table</summary>
        <table className="data">
          <caption className="sr-only">Messages per partition</caption>
          <thead>
            <tr>
              <th scope="col">Partition</th>
              <th scope="col" className="num">Messages</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.partition}>
                <td>{d.partition}</td>
                <td className="num">{d.known ? d.messages.toLocaleString('en-US') : 'unknown'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
