'use client';
// Payments per minute, stacked by currency: volume at a glance, and a gap shows a stalled stream.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { countsPerMinute } from '@/lib/payments/chart-series';
import type { Currency } from '@/lib/payments/money';
import type { PaymentWindow } from '@/lib/api/schemas/payments';
import { axisProps, CURRENCY_COLOR, tooltipStyle } from './chart-theme';

export function CountsChart({ windows, currencies }: { windows: PaymentWindow[]; currencies: Currency[] }) {
  const rows = countsPerMinute(windows);
  return (
    <figure style={{ margin: 0 }}>
      <div style={{ width: '100%', height: 240 }} aria-hidden="true">
        <ResponsiveContainer>
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
        </ResponsiveContainer>
      </div>
      <details className="chart-table">
        <summary>Show as table</summary>
        <table className="data">
          <caption className="sr-only">Payments per minute by currency</caption>
          <thead>
            <tr>
              <th scope="col">Minute (UTC)</th>
              {currencies.map((c) => (
                <th key={c} scope="col" className="num">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </details>
    </figure>
  );
}
