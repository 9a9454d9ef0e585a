'use client';
// Lag over time, total and per topic, with a marker wherever the group's verdict changed. The time axis has
// even ticks in the chosen clock and names its zone; the value axis names its unit.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import type { LagHistory } from '@/lib/api/schemas/groups';
import { evenTimeTicks } from '@/lib/format/ticks';
import { useFormat } from '@/lib/format/use-format';
import type { Verdict } from '@/lib/groups/verdict';
import { axisProps, tooltipStyle } from '../ui/chart-figure';

/** Total takes --chart-1; topics beyond five are in the table only, a chart of 30 lines reads as noise. With one
 * topic its line would hide under the total's, so only the total is drawn. */
const TOPIC_COLOURS = ['var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)', 'var(--chart-6)'];
const VERDICT_COLOUR: Record<Verdict, string> = { OK: 'var(--ok)', WARN: 'var(--warn)', STALL: 'var(--warn)', STOP: 'var(--danger)', ERR: 'var(--danger)' };
const DAY_MS = 86_400_000;

export function LagChart({ history }: { history: LagHistory }) {
  const t = useTranslations('group');
  const showAsTable = useTranslations('common')('showAsTable');
  const health = useTranslations('groups')('health');
  const f = useFormat();
  const charted = history.topics.length > 1 ? history.topics.slice(0, TOPIC_COLOURS.length) : [];
  const data = history.points.map((p) => ({ t: Date.parse(p.at), total: p.totalLag, status: p.status, ...p.byTopic }));
  const changes = data.filter((d, i) => i > 0 && d.status !== data[i - 1]!.status);
  const first = data[0]?.t ?? 0;
  const last = data[data.length - 1]?.t ?? 0;
  const offsetMs = f.time === 'utc' ? 0 : -new Date(last).getTimezoneOffset() * 60_000;
  const ticks = evenTimeTicks(first, last, 6, offsetMs);
  const span = last - first;
  const tick = (ms: number) => (span > DAY_MS ? f.dayClock(ms) : f.clock(ms, span < 5 * 60_000));
  return (
    <figure style={{ margin: 0 }}>
      <div style={{ width: '100%', height: 280 }} aria-hidden="true">
        <ResponsiveContainer>
          <LineChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 16, bottom: 16, left: 8 }}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis
              dataKey="t"
              type="number"
              domain={[first, last]}
              scale="time"
              ticks={ticks}
              tickFormatter={tick}
              {...axisProps}
              label={{ value: t('chartTime', { zone: f.zone(last) }), position: 'insideBottom', offset: -12, fill: 'var(--text-muted)', fontSize: 12 }}
            />
            <YAxis
              {...axisProps}
              allowDecimals={false}
              width={64}
              tickFormatter={(v: number) => f.compact(v)}
              label={{ value: t('chartAxis'), angle: -90, position: 'insideLeft', fill: 'var(--text-muted)', fontSize: 12 }}
            />
            <Tooltip contentStyle={tooltipStyle} labelFormatter={(ms) => f.instant(Number(ms))} formatter={(v) => f.count(Number(v))} />
            <Legend wrapperStyle={{ fontSize: 12 }} verticalAlign="top" />
            {changes.map((c) => (
              <ReferenceLine key={c.t} x={c.t} stroke={VERDICT_COLOUR[c.status]} strokeDasharray="4 3" label={{ value: c.status, position: 'top', fill: VERDICT_COLOUR[c.status], fontSize: 11 }} />
            ))}
            <Line dataKey="total" name={t('chartTotal')} stroke="var(--chart-1)" strokeWidth={2} dot={false} isAnimationActive={false} />
            {charted.map((topic, i) => (
              <Line key={topic} dataKey={topic} name={topic} stroke={TOPIC_COLOURS[i]} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-table">
        <summary>{showAsTable}</summary>
        <div className="table-wrap" style={{ maxHeight: 320 }}>
          <table className="data">
            <caption className="sr-only">{t('chartCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('time')}</th>
                <th scope="col">{health}</th>
                <th scope="col" className="num">{t('chartTotal')}</th>
                {history.topics.map((topic) => (
                  <th scope="col" className="num" key={topic}>
                    {topic}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...history.points].reverse().map((p) => (
                <tr key={p.at}>
                  <td className="nowrap">{f.instant(Date.parse(p.at))}</td>
                  <td>{p.status}</td>
                  <td className="num">{f.count(p.totalLag)}</td>
                  {history.topics.map((topic) => (
                    <td className="num" key={topic}>
                      {f.count(p.byTopic[topic] ?? 0)}
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
