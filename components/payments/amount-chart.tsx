'use client';
// Amount paid per minute in one currency (bars), with the captured payments' p50 and p95 as the amount
// distribution (lines, right axis). Text and the table use the exact minor-unit strings.
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import { axisProps, ChartFigure, tooltipStyle } from '@/components/ui/chart-figure';
import type { PaymentWindow } from '@/lib/api/schemas/payments';
import { useFormat } from '@/lib/format/use-format';
import { amountsPerMinute } from '@/lib/payments/chart-series';
import { CURRENCY_EXPONENT, type Currency } from '@/lib/payments/money';
import { CURRENCY_COLOR } from './currency-colors';
import { isMinuteInProgress } from './minute-rows';

export function AmountChart({ windows, currency, nowMs }: { windows: PaymentWindow[]; currency: Currency; nowMs: number }) {
  const t = useTranslations('payments');
  const f = useFormat();
  const rows = amountsPerMinute(windows, currency).map((r) => {
    const minute = f.clock(Date.parse(r.start));
    const inProgress = isMinuteInProgress(r.start, nowMs);
    return { ...r, minute: inProgress ? t('inProgressNote', { minute }) : minute, inProgress };
  });
  const compact = (major: number) => f.money(BigInt(Math.round(major * 10 ** CURRENCY_EXPONENT[currency])), currency, true);
  const money = (major: unknown) => (typeof major === 'number' ? compact(major) : String(major));
  const chart = (
    <ComposedChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
      <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
      <XAxis dataKey="minute" {...axisProps} />
      <YAxis
        yAxisId="sum"
        {...axisProps}
        tickFormatter={compact}
        width={80}
        label={{ value: t('amountAxis', { currency }), angle: -90, position: 'insideLeft', fill: 'var(--text-muted)', fontSize: 12, dx: -4 }}
      />
      <YAxis yAxisId="quantile" orientation="right" {...axisProps} tickFormatter={compact} width={72} />
      <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--surface-2)' }} formatter={money} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar yAxisId="sum" dataKey="sumMajor" name={t('paidPerMinute')} fill={CURRENCY_COLOR[currency]} isAnimationActive={false}>
        {rows.map((r) => (
          <Cell key={r.start} fillOpacity={r.inProgress ? 0.35 : 1} />
        ))}
      </Bar>
      <Line yAxisId="quantile" dataKey="p50Major" name={t('median')} stroke="var(--chart-5)" strokeWidth={2} dot={false} isAnimationActive={false} />
      <Line yAxisId="quantile" dataKey="p95Major" name={t('p95')} stroke="var(--chart-6)" strokeWidth={2} dot={false} isAnimationActive={false} />
    </ComposedChart>
  );
  return (
    <ChartFigure
      height={260}
      caption={t('amountCaption', { currency })}
      chart={chart}
      columns={[
        { label: t('minute', { zone: f.zone() }) },
        { label: t('paid'), numeric: true },
        { label: t('medianShort'), numeric: true },
        { label: t('p95'), numeric: true },
      ]}
    >
      {rows.map((r) => (
        <tr key={r.start}>
          <td>{r.minute}</td>
          <td className="num">{f.money(r.sumMinor, currency)}</td>
          <td className="num">{r.p50Major === null ? '—' : compact(r.p50Major)}</td>
          <td className="num">{r.p95Major === null ? '—' : compact(r.p95Major)}</td>
        </tr>
      ))}
    </ChartFigure>
  );
}
