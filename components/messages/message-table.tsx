'use client';
// Messages as rows; a row opens in place to the full message. Long values are cut in the list.
import { Fragment, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Message } from '@/lib/api/schemas/messages';
import { useFormat } from '@/lib/format/use-format';
import { truncate } from '@/lib/messages/decode';
import { MessageDetail } from './message-detail';
import { NullBadge } from './message-value';

function Preview({ text, maxChars, what, encoding }: { text: string | null; maxChars: number; what: 'key' | 'value'; encoding: Message['valueEncoding'] }) {
  const t = useTranslations('messages');
  if (text === null) return <NullBadge what={what} />;
  const cut = truncate(text, maxChars);
  return (
    <span className="mono">
      {encoding === 'base64' && <span className="badge muted">{t('binary')}</span>} {cut.text}
      {cut.truncated && <span className="muted"> {t('openForAll')}</span>}
    </span>
  );
}

interface Props {
  messages: Message[];
  permalinkFor: (m: Message) => string;
  /** Characters of a value shown in the list. */
  previewChars?: number;
}

export function MessageTable({ messages, permalinkFor, previewChars = 160 }: Props) {
  const t = useTranslations('messages');
  const f = useFormat();
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <div className="table-wrap">
      <table className="data messages">
        <caption className="sr-only">{t('panel')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('partition')}</th>
            <th scope="col" className="num">{t('offset')}</th>
            <th scope="col">
              {t('timestamp')} <span className="muted">({f.zone()})</span>
            </th>
            <th scope="col">{t('key')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col" className="num">{t('size')}</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((m) => {
            const id = `${m.partition}@${m.offset}`;
            const open = openId === id;
            return (
              <Fragment key={id}>
                <tr className="clickable" onClick={() => setOpenId(open ? null : id)}>
                  <td className="num">{m.partition}</td>
                  <td className="num">
                    {/* The row handles the click; the button makes it reachable by keyboard and by name. */}
                    <button type="button" className="link-button" aria-label={t('rowLabel', { partition: m.partition, offset: m.offset })} aria-expanded={open}>
                      {m.offset}
                    </button>
                  </td>
                  <td className="nowrap">{f.instant(m.timestamp, true)}</td>
                  <td className="wrap key">
                    <Preview text={m.key} maxChars={60} what="key" encoding={m.keyEncoding} />
                  </td>
                  <td className="wrap">
                    <Preview text={m.value} maxChars={previewChars} what="value" encoding={m.valueEncoding} />
                  </td>
                  <td className="num nowrap">{f.bytes(m.size)}</td>
                </tr>
                {open && (
                  <tr className="detail-row">
                    <td colSpan={6}>
                      <MessageDetail message={m} permalink={permalinkFor(m)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
