'use client';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import type { Message } from '@/lib/api/schemas/messages';
import { useFormat } from '@/lib/format/use-format';
import { CopyButton } from '../ui/copy-button';
import { MessageValue } from './message-value';

/** Everything about one message; `permalink` links to its own page. */
export function MessageDetail({ message, permalink }: { message: Message; permalink?: string }) {
  const t = useTranslations('messages');
  const f = useFormat();
  return (
    <div className="message-detail stack">
      <div className="row muted">
        <span>
          {t('partition')} <b>{message.partition}</b> · {t('offset').toLowerCase()} <b>{message.offset}</b>
          <CopyButton text={String(message.offset)} what={t('offsetWhat')} /> · {f.instant(message.timestamp, true)} ({message.timestampType}) ·{' '}
          {f.bytes(message.size)}
        </span>
        {permalink && (
          <span>
            <Link href={permalink}>{t('permalink')}</Link>
            <CopyButton text={typeof window === 'undefined' ? permalink : new URL(permalink, window.location.origin).href} what={t('permalinkWhat')} />
          </span>
        )}
      </div>
      <MessageValue label={t('key')} text={message.key} encoding={message.keyEncoding} what="key" />
      <MessageValue label={t('value')} text={message.value} encoding={message.valueEncoding} what="value" />
      <div>
        <h3>{t('headers')}</h3>
        {message.headers.length === 0 ? (
          <div className="muted">{t('noHeaders')}</div>
        ) : (
          <table className="data">
            <caption className="sr-only">{t('headers')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('header')}</th>
                <th scope="col">{t('value')}</th>
                <th scope="col">{t('encoding')}</th>
              </tr>
            </thead>
            <tbody>
              {message.headers.map((h, i) => (
                <tr key={`${h.key}-${i}`}>
                  <td className="mono">{h.key}</td>
                  <td className="mono wrap">
                    {h.value === null ? (
                      <span className="badge muted">null</span>
                    ) : (
                      <>
                        {h.value}
                        <CopyButton text={h.value} what={h.key} />
                      </>
                    )}
                  </td>
                  <td>{h.encoding}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
