// Recharts styling from the theme's CSS variables, so charts follow light and dark mode.
import type { Currency } from '@/lib/payments/money';

export const tooltipStyle = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 6,
  color: 'var(--text)',
};

export const axisProps = { stroke: 'var(--text-muted)', tickLine: false, fontSize: 12 } as const;

export const CURRENCY_COLOR: Record<Currency, string> = {
  BRL: 'var(--chart-2)',
  USD: 'var(--chart-1)',
  EUR: 'var(--chart-3)',
  GBP: 'var(--chart-5)',
  JPY: 'var(--chart-4)',
};
