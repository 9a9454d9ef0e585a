'use client';
// Lag over time, total and per topic, with a marker wherever the group's verdict changed.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LagHistory } from '@/lib/api/schemas/groups';
import type { Verdict } from '@/lib/groups/verdict';

const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)' };
/** Total takes --chart-1; topics beyond five are in the table only, a chart of 30 lines reads as noise. With one
 * topic its line would hide under the total's, so only the total is drawn. */
const TOPIC_COLOURS = ['var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)', 'var(--chart-6)'];
const VERDICT_COLOUR: Record<Verdict, string> = { OK: 'var(--ok)', WARN: 'var(--warn)', STALL: 'var(--warn)', STOP: 'var(--danger)', ERR: 'var(--danger)' };

const clock = (ms: number) => new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function LagChart({ history }: { history: LagHistory }) {
  const charted = history.topics.length > 1 ? history.topics.slice(0, TOPIC_COLOURS.length) : [];
  const data = history.points.map((p) => ({ t: Date.parse(p.at), total: p.totalLag, status: p.status, ...p.byTopic }));
  const changes = data.filter((d, i) => i > 0 && d.status !== data[i - 1]!.status);
  return (
    <figure style={{ margin: 0 }}>
      <div style={{ width: '100%', height: 260 }} aria-hidden="true">
        <ResponsiveContainer>
          <LineChart data={data} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} scale="time" tickFormatter={clock} stroke="var(--text-muted)" fontSize={12} />
            <YAxis stroke="var(--text-muted)" allowDecimals={false} fontSize={12} width={56} />
            <Tooltip contentStyle={tooltipStyle} labelFormatter={(t) => clock(Number(t))} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {changes.map((c) => (
              <ReferenceLine key={c.t} x={c.t} stroke={VERDICT_COLOUR[c.status]} strokeDasharray="4 3" label={{ value: c.status, position: 'top', fill: VERDICT_COLOUR[c.status], fontSize: 11 }} />
            ))}
            <Line dataKey="total" name="Total lag" stroke="var(--chart-1)" strokeWidth={2} dot={false} isAnimationActive={false} />
            {charted.map((topic, i) => (
              <Line key={topic} dataKey={topic} name={topic} stroke={TOPIC_COLOURS[i]} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-table">
        <summary>Show as table</summary>
        <div className="table-wrap" style={{ maxHeight: 320 }}>
          <table className="data">
            <caption className="sr-only">Lag per sample</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Health</th>
                <th scope="col" className="num">Total lag</th>
                {history.topics.map((t) => (
                  <th scope="col" className="num" key={t}>
                    {t}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...history.points].reverse().map((p) => (
                <tr key={p.at}>
                  <td className="nowrap">{clock(Date.parse(p.at))}</td>
                  <td>{p.status}</td>
                  <td className="num">{p.totalLag.toLocaleString('en-US')}</td>
                  {history.topics.map((t) => (
                    <td className="num" key={t}>
                      {(p.byTopic[t] ?? 0).toLocaleString('en-US')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
