import type { Currency } from '@/lib/payments/money';

/** One chart colour per currency, the same on every payments chart. */
export const CURRENCY_COLOR: Record<Currency, string> = {
  BRL: 'var(--chart-2)',
  USD: 'var(--chart-1)',
  EUR: 'var(--chart-3)',
  GBP: 'var(--chart-5)',
  JPY: 'var(--chart-4)',
};
