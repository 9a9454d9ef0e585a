'use client';
// Payments per minute, stacked by currency: volume at a glance, and a gap shows a stalled stream.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { axisProps, ChartFigure, tooltipStyle } from '@/components/ui/chart-figure';
import type { PaymentWindow } from '@/lib/api/schemas/payments';
import { countsPerMinute } from '@/lib/payments/chart-series';
import type { Currency } from '@/lib/payments/money';
import { CURRENCY_COLOR } from './currency-colors';

export function CountsChart({ windows, currencies }: { windows: PaymentWindow[]; currencies: Currency[] }) {
  const rows = countsPerMinute(windows);
  const chart = (
    <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
      <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
      <XAxis dataKey="minute" {...axisProps} />
      <YAxis {...axisProps} allowDecimals={false} />
      <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--surface-2)' }} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {currencies.map((c) => (
        <Bar key={c} dataKey={c} stackId="count" name={c} fill={CURRENCY_COLOR[c]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
  return (
    <ChartFigure
      height={240}
      caption="Payments per minute by currency"
      chart={chart}
      columns={[{ label: 'Minute (UTC)' }, ...currencies.map((c) => ({ label: c, numeric: true }))]}
    >
      {rows.map((r) => (
        <tr key={r.start}>
          <td>{r.minute}</td>
          {currencies.map((c) => (
            <td key={c} className="num">
              {(r[c] ?? 0).toLocaleString('en-US')}
            </td>
          ))}
        </tr>
      ))}
    </ChartFigure>
  );
}
