'use client';
// A bar chart with its table equivalent: colours from CSS variables, no animation, one table row per bar group.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { tooltipStyle } from './chart-figure';

export interface BarSeries<K extends string> {
  key: K;
  name: string;
  /** A CSS variable, e.g. var(--chart-1). */
  fill: string;
}

interface Props<K extends string> {
  caption: string;
  category: { key: string; label: string };
  series: BarSeries<K>[];
  data: (Record<K, number | null> & Record<string, string | number | null>)[];
  height?: number;
}

const format = (v: string | number | null | undefined) => (v === null || v === undefined ? 'unknown' : typeof v === 'number' ? v.toLocaleString('en-US') : v);

export function BarChartTable<K extends string>({ caption, category, series, data, height = 240 }: Props<K>) {
  return (
    <figure style={{ margin: 0 }}>
      <div style={{ width: '100%', height }} aria-hidden="true">
        <ResponsiveContainer>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis dataKey={category.key} stroke="var(--text-muted)" tickLine={false} fontSize={12} />
            <YAxis stroke="var(--text-muted)" tickLine={false} allowDecimals={false} fontSize={12} />
            <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--surface-2)' }} />
            {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.fill} radius={[4, 4, 0, 0]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-table">
        <summary>Show as table</summary>
        <table className="data">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{category.label}</th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="num">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={String(d[category.key])}>
                <td>{format(d[category.key])}</td>
                {series.map((s) => (
                  <td key={s.key} className="num">
                    {format(d[s.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
