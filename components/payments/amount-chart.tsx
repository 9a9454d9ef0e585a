'use client';
// Amount paid per minute in one currency (bars), with the captured payments' p50 and p95 as the amount
// distribution (lines, right axis). Text and the table use the exact minor-unit strings.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { axisProps, ChartFigure, tooltipStyle } from '@/components/ui/chart-figure';
import type { PaymentWindow } from '@/lib/api/schemas/payments';
import { amountsPerMinute } from '@/lib/payments/chart-series';
import { CURRENCY_EXPONENT, CURRENCY_LOCALE, formatMoney, type Currency } from '@/lib/payments/money';
import { CURRENCY_COLOR } from './currency-colors';

export function AmountChart({ windows, currency }: { windows: PaymentWindow[]; currency: Currency }) {
  const rows = amountsPerMinute(windows, currency);
  const locale = CURRENCY_LOCALE[currency];
  const compact = (major: number) =>
    formatMoney(BigInt(Math.round(major * 10 ** CURRENCY_EXPONENT[currency])), currency, locale, true);
  const money = (major: unknown) => (typeof major === 'number' ? compact(major) : String(major));
  const chart = (
    <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
      <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
      <XAxis dataKey="minute" {...axisProps} />
      <YAxis yAxisId="sum" {...axisProps} tickFormatter={compact} width={72} />
      <YAxis yAxisId="quantile" orientation="right" {...axisProps} tickFormatter={compact} width={64} />
      <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--surface-2)' }} formatter={money} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar yAxisId="sum" dataKey="sumMajor" name="Paid per minute" fill={CURRENCY_COLOR[currency]} isAnimationActive={false} />
      <Line yAxisId="quantile" dataKey="p50Major" name="Median payment" stroke="var(--chart-5)" strokeWidth={2} dot={false} isAnimationActive={false} />
      <Line yAxisId="quantile" dataKey="p95Major" name="95th percentile" stroke="var(--chart-6)" strokeWidth={2} dot={false} isAnimationActive={false} />
    </ComposedChart>
  );
  return (
    <ChartFigure
      height={260}
      caption={`Amount paid per minute in ${currency}`}
      chart={chart}
      columns={[{ label: 'Minute (UTC)' }, { label: 'Paid', numeric: true }, { label: 'Median', numeric: true }, { label: '95th percentile', numeric: true }]}
    >
      {rows.map((r) => (
        <tr key={r.start}>
          <td>{r.minute}</td>
          <td className="num">{formatMoney(r.sumMinor, currency, locale)}</td>
          <td className="num">{r.p50Major === null ? '—' : compact(r.p50Major)}</td>
          <td className="num">{r.p95Major === null ? '—' : compact(r.p95Major)}</td>
        </tr>
      ))}
    </ChartFigure>
  );
}
