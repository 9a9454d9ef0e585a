'use client';
// The payments page's body for one summary: totals, per-minute charts, statuses and top payers.
import { type CSSProperties, useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Panel } from '@/components/ui/panel';
import { Stat } from '@/components/ui/stat';
import type { PaymentSummaryResponse } from '@/lib/api/schemas/payments';
import { useFormat } from '@/lib/format/use-format';
import { currenciesIn, paymentTotals } from '@/lib/payments/chart-series';
import type { Currency } from '@/lib/payments/money';
import { AmountChart } from './amount-chart';
import { CountsChart } from './counts-chart';
import { StatusTable } from './status-table';
import { TopPayersTable } from './top-payers-table';

/** Above this share of declined payments the stat turns red. */
const DECLINED_ALERT_RATE = 0.1;

export function PaymentsDashboard({ summary, nowMs }: { summary: PaymentSummaryResponse; /** When the summary was fetched. */ nowMs: number }) {
  const t = useTranslations('payments');
  const f = useFormat();
  const currencies = currenciesIn(summary.windows);
  const [chosen, setChosen] = useState<Currency | null>(null);
  const currency = chosen && currencies.includes(chosen) ? chosen : (currencies[0] ?? 'BRL');
  const totals = paymentTotals(summary.windows);
  const pickerId = useId();
  const currencyPicker = (
    <div className="row" style={{ gap: 6 }}>
      <label htmlFor={pickerId} className="muted">
        {t('currency')}
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
      {summary.truncated && <div className="callout warn">{t('truncated')}</div>}
      {/* Two even rows (the stream's health, then one card per currency) rather than one row that wraps a
          lone card onto a second line. */}
      <div className="stats even" style={{ '--cols': 3 } as CSSProperties}>
        <Stat label={t('payments')} value={totals.count} note={t('windows', { count: summary.windows.length })} />
        <Stat label={t('declinedRate')} value={f.percent(totals.declinedRate)} tone={totals.declinedRate > DECLINED_ALERT_RATE ? 'bad' : 'good'} />
        <Stat label={t('dropped')} value={summary.dropped} note={t('droppedNote')} />
      </div>
      <div className="stats even" style={{ '--cols': Math.max(1, currencies.length) } as CSSProperties}>
        {currencies.map((c) => (
          <Stat
            key={c}
            label={t('paidIn', { currency: c })}
            value={f.money(totals.paidMinor[c] ?? '0', c, true)}
            note={t('paidNote', { amount: f.money(totals.paidMinor[c] ?? '0', c) })}
          />
        ))}
      </div>
      <Panel title={t('perMinute')} hint={t('perMinuteHint', { zone: f.zone() })}>
        <CountsChart windows={summary.windows} currencies={currencies} nowMs={nowMs} />
      </Panel>
      <Panel title={t('amountTitle', { currency })} hint={t('amountHint')} actions={currencyPicker}>
        <AmountChart windows={summary.windows} currency={currency} nowMs={nowMs} />
      </Panel>
      <div className="grid-2">
        <Panel title={t('statusTitle')} hint={t('statusHint')}>
          <StatusTable totals={totals.byStatus} />
        </Panel>
        <Panel title={t('topTitle', { currency })} hint={t('topHint')}>
          <TopPayersTable payers={summary.topPayers} currency={currency} />
        </Panel>
      </div>
    </>
  );
}
