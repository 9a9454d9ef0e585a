'use client';
// The four states of every data view: loading, error with retry, empty, data, all at the same height.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api/client';
import { useTranslations } from 'use-intl';
import { ErrorDetail, useErrorSentence } from './error-text';

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
  const sentence = useErrorSentence();
  const code = error instanceof ApiError && error.status !== 0 ? error.code : null;
  // A data view names its own failure for the common cases; the rest say what the code means.
  const title =
    badRequestTitle && code === 'bad_request'
      ? badRequestTitle
      : code === 'unavailable'
        ? t('unreachable')
        : code === 'timeout'
          ? t('timeout')
          : code === 'not_found'
            ? t('notFound')
            : (sentence(error) ?? t('couldNotLoad'));
  return (
    <div className="state error" style={{ minHeight: height }} role="alert">
      <div className="title">{title}</div>
      {error instanceof Error ? <ErrorDetail error={error} /> : <div>{t('somethingWrong')}</div>}
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
