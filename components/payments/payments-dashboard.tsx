'use client';
// The payments page's body for one summary: totals, per-minute charts, statuses and top payers.
import { useId, useState } from 'react';
import { Panel } from '@/components/ui/panel';
import { Stat } from '@/components/ui/stat';
import type { PaymentSummaryResponse } from '@/lib/api/schemas/payments';
import { currenciesIn, paymentTotals } from '@/lib/payments/chart-series';
import { CURRENCY_LOCALE, formatMoney, type Currency } from '@/lib/payments/money';
import { AmountChart } from './amount-chart';
import { CountsChart } from './counts-chart';
import { StatusTable } from './status-table';
import { TopPayersTable } from './top-payers-table';

/** Above this share of declined payments the stat turns red. */
const DECLINED_ALERT_RATE = 0.1;

export function PaymentsDashboard({ summary }: { summary: PaymentSummaryResponse }) {
  const currencies = currenciesIn(summary.windows);
  const [chosen, setChosen] = useState<Currency | null>(null);
  const currency = chosen && currencies.includes(chosen) ? chosen : (currencies[0] ?? 'BRL');
  const totals = paymentTotals(summary.windows);
  const locale = CURRENCY_LOCALE[currency];
  const pickerId = useId();
  const currencyPicker = (
    <div className="row" style={{ gap: 6 }}>
      <label htmlFor={pickerId} className="muted">
        Currency
      </label>
      <select id={pickerId} value={currency} onChange={(e) => setChosen(e.target.value as Currency)}>
        {currencies.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      {summary.rawTopicCheck.status === 'invalid' && <div className="callout danger">{summary.rawTopicCheck.message}</div>}
      {summary.truncated && (
        <div className="callout warn">The aggregate topic is larger than one read may scan: the newest windows may be missing.</div>
      )}
      <div className="stats">
        <Stat label="Payments" value={totals.count} note={`${summary.windows.length} windows`} />
        {currencies.map((c) => (
          <Stat
            key={c}
            label={`Paid in ${c}`}
            value={formatMoney(totals.paidMinor[c] ?? '0', c, CURRENCY_LOCALE[c], true)}
            note={`${formatMoney(totals.paidMinor[c] ?? '0', c, CURRENCY_LOCALE[c])} authorized + captured`}
          />
        ))}
        <Stat
          label="Declined rate"
          value={`${(totals.declinedRate * 100).toFixed(1)}%`}
          tone={totals.declinedRate > DECLINED_ALERT_RATE ? 'bad' : 'good'}
        />
        <Stat label="Late events dropped" value={summary.dropped} note="after the grace period, all time" />
      </div>
      <Panel title="Payments per minute" hint="All statuses, by currency (event time, UTC)">
        <CountsChart windows={summary.windows} currencies={currencies} />
      </Panel>
      <Panel title={`Amount per minute (${currency})`} hint={`Paid per minute; median and 95th percentile of captured payments (±1%), in ${locale}`} actions={currencyPicker}>
        <AmountChart windows={summary.windows} currency={currency} />
      </Panel>
      <div className="grid-2">
        <Panel title="Status breakdown" hint="All currencies">
          <StatusTable totals={totals.byStatus} />
        </Panel>
        <Panel title={`Top payers (${currency})`} hint="Largest amounts paid in the range">
          <TopPayersTable payers={summary.topPayers} currency={currency} />
        </Panel>
      </div>
    </>
  );
}
