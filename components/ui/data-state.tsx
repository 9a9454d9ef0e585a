'use client';
// The four states of every data view: loading, error with retry, empty, data, all at the same height.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api/client';
import { useTranslations } from 'use-intl';

export function LoadingState({ label, height = 160 }: { label: string; height?: number }) {
  const t = useTranslations('states');
  return (
    <div className="state" style={{ minHeight: height }} role="status" aria-live="polite">
      <div className="skeleton" style={{ width: '60%', height: 12 }} />
      <div className="skeleton" style={{ width: '45%', height: 12 }} />
      <span className="sr-only">{t('loading', { what: label })}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry, height = 160, badRequestTitle }: { error: unknown; onRetry?: () => void; height?: number; badRequestTitle?: string }) {
  const t = useTranslations('states');
  const retry = useTranslations('common')('retry');
  const message = error instanceof Error ? error.message : t('somethingWrong');
  const title =
    badRequestTitle && error instanceof ApiError && error.code === 'bad_request'
      ? badRequestTitle
      : error instanceof ApiError && error.code === 'unavailable'
      ? t('unreachable')
      : error instanceof ApiError && error.code === 'timeout'
        ? t('timeout')
        : error instanceof ApiError && error.code === 'not_found'
          ? t('notFound')
          : t('couldNotLoad');
  return (
    <div className="state error" style={{ minHeight: height }} role="alert">
      <div className="title">{title}</div>
      <div>{message}</div>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {retry}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children, height = 160 }: { title: string; children?: ReactNode; height?: number }) {
  return (
    <div className="state" style={{ minHeight: height }}>
      <div className="title">{title}</div>
      {children && <div>{children}</div>}
    </div>
  );
}

interface DataViewProps<T> {
  query: UseQueryResult<T>;
  label: string;
  height?: number;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Renders the query's state; children only ever see data. */
export function DataView<T>({ query, label, height, isEmpty, empty, children }: DataViewProps<T>) {
  if (query.isPending) return <LoadingState label={label} height={height} />;
  // A 404 will not turn into data by asking again: no Retry for it.
  if (query.isError) {
    const gone = query.error instanceof ApiError && query.error.code === 'not_found';
    return <ErrorState error={query.error} onRetry={gone ? undefined : () => void query.refetch()} height={height} />;
  }
  if (isEmpty?.(query.data)) return <>{empty}</>;
  return <>{children(query.data)}</>;
}
