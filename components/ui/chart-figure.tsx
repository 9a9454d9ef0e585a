'use client';
// A chart with its table equivalent: the chart is hidden from screen readers, the table carries the same data.
// Charts turn Recharts' accessibilityLayer off: it adds a tab stop inside the aria-hidden chart, a focus trap
// for screen readers that the table already serves.
import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { useTranslations } from 'use-intl';

/** Recharts styling from the theme's CSS variables, so charts follow light and dark mode. */
export const tooltipStyle = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 6,
  color: 'var(--text)',
};

export const axisProps = { stroke: 'var(--text-muted)', tickLine: false, fontSize: 12 } as const;

export interface ChartColumn {
  label: string;
  numeric?: boolean;
}

export function ChartFigure({
  height,
  caption,
  chart,
  columns,
  children,
}: {
  height: number;
  caption: string;
  chart: ReactElement;
  columns: ChartColumn[];
  /** The table's body rows. */
  children: ReactNode;
}) {
  const t = useTranslations('common');
  return (
    <figure style={{ margin: 0 }}>
      <div style={{ width: '100%', height }} aria-hidden="true">
        <ResponsiveContainer>{chart}</ResponsiveContainer>
      </div>
      <details className="chart-table">
        <summary>{t('showAsTable')}</summary>
        <table className="data">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </details>
    </figure>
  );
}
