'use client';
// Payments per minute, stacked by currency: volume at a glance, and a gap shows a stalled stream. The minute
// still being filled is drawn faded and named "in progress".
import { Bar, BarChart, CartesianGrid, Cell, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import { axisProps, ChartFigure, tooltipStyle } from '@/components/ui/chart-figure';
import type { PaymentWindow } from '@/lib/api/schemas/payments';
import { useFormat } from '@/lib/format/use-format';
import { countsPerMinute } from '@/lib/payments/chart-series';
import type { Currency } from '@/lib/payments/money';
import { CURRENCY_COLOR } from './currency-colors';
import { isMinuteInProgress } from './minute-rows';

export function CountsChart({ windows, currencies, nowMs }: { windows: PaymentWindow[]; currencies: Currency[]; nowMs: number }) {
  const t = useTranslations('payments');
  const f = useFormat();
  const rows = countsPerMinute(windows).map((r) => {
    const minute = f.clock(Date.parse(r.start));
    const inProgress = isMinuteInProgress(r.start, nowMs);
    return { ...r, minute: inProgress ? t('inProgressNote', { minute }) : minute, inProgress };
  });
  const chart = (
    <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
      <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
      <XAxis dataKey="minute" {...axisProps} />
      <YAxis
        {...axisProps}
        allowDecimals={false}
        tickFormatter={(v: number) => f.compact(v)}
        label={{ value: t('countsAxis'), angle: -90, position: 'insideLeft', fill: 'var(--text-muted)', fontSize: 12 }}
      />
      <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--surface-2)' }} formatter={(v) => f.count(Number(v))} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {currencies.map((c) => (
        <Bar key={c} dataKey={c} stackId="count" name={c} fill={CURRENCY_COLOR[c]} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.start} fillOpacity={r.inProgress ? 0.35 : 1} />
          ))}
        </Bar>
      ))}
    </BarChart>
  );
  return (
    <ChartFigure
      height={240}
      caption={t('countsCaption')}
      chart={chart}
      columns={[{ label: t('minute', { zone: f.zone() }) }, ...currencies.map((c) => ({ label: c, numeric: true }))]}
    >
      {rows.map((r) => (
        <tr key={r.start}>
          <td>{r.minute}</td>
          {currencies.map((c) => (
            <td key={c} className="num">
              {f.count(r[c] ?? 0)}
            </td>
          ))}
        </tr>
      ))}
    </ChartFigure>
  );
}
