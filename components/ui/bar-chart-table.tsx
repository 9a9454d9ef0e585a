'use client';
// A bar chart with its table equivalent: colours from CSS variables, no animation, one table row per bar group.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';
import { axisProps, ChartFigure, tooltipStyle } from './chart-figure';

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
  /** What the bars count ("messages", "partitions"): written on the value axis. */
  unit: string;
  height?: number;
}

export function BarChartTable<K extends string>({ caption, category, series, data, unit, height = 240 }: Props<K>) {
  const f = useFormat();
  const unknown = useTranslations('common')('unknown');
  const format = (v: string | number | null | undefined) => (v === null || v === undefined ? unknown : typeof v === 'number' ? f.count(v) : v);
  const chart = (
    <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
      <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
      <XAxis dataKey={category.key} {...axisProps} />
      <YAxis
        {...axisProps}
        allowDecimals={false}
        tickFormatter={(v: number) => f.compact(v)}
        label={{ value: unit, angle: -90, position: 'insideLeft', fill: 'var(--text-muted)', fontSize: 12, dx: -2 }}
      />
      <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--surface-2)' }} formatter={(v) => format(v as number)} />
      {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.fill} radius={[4, 4, 0, 0]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
  return (
    <ChartFigure
      height={height}
      caption={caption}
      chart={chart}
      columns={[{ label: category.label }, ...series.map((s) => ({ label: s.name, numeric: true }))]}
    >
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
    </ChartFigure>
  );
}
