'use client';
import styles from './topics.module.css';
import { useTranslations } from 'use-intl';

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const t = useTranslations('topics');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className={styles.pager} aria-label={t('pages')}>
      <span className="muted">
        {t('pagerRange', { first, last, total })}
      </span>
      {pages > 1 && (
        <span className="row" style={{ gap: 8 }}>
          <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t('previous')}
          </button>
          <span aria-live="polite">
            {t('page', { page, pages })}
          </span>
          <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            {t('next')}
          </button>
        </span>
      )}
    </nav>
  );
}
