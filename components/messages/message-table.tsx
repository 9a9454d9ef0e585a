'use client';
// Messages as rows; a row opens in place to the full message. Long values are cut in the list.
import { Fragment, useState } from 'react';
import type { Message } from '@/lib/api/schemas/messages';
import { truncate } from '@/lib/messages/decode';
import { formatTimestamp, MessageDetail } from './message-detail';
import { NullBadge } from './message-value';

function Preview({ text, maxChars, what, encoding }: { text: string | null; maxChars: number; what: 'key' | 'value'; encoding: Message['valueEncoding'] }) {
  if (text === null) return <NullBadge what={what} />;
  const cut = truncate(text, maxChars);
  return (
    <span className="mono">
      {encoding === 'base64' && <span className="badge muted">binary, base64</span>} {cut.text}
      {cut.truncated && <span className="muted"> … (open for all)</span>}
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
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <div className="table-wrap">
      <table className="data messages">
        <thead>
          <tr>
            <th scope="col" className="num">Partition</th>
            <th scope="col" className="num">Offset</th>
            <th scope="col">Timestamp</th>
            <th scope="col">Key</th>
            <th scope="col">Value</th>
            <th scope="col" className="num">Size</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((m) => {
            const id = `${m.partition}@${m.offset}`;
            const open = openId === id;
            return (
              <Fragment key={id}>
                <tr className="clickable" aria-expanded={open} onClick={() => setOpenId(open ? null : id)}>
                  <td className="num">{m.partition}</td>
                  <td className="num">
                    {/* The row handles the click; the button makes it reachable by keyboard and by name. */}
                    <button type="button" className="link-button" aria-label={`Message ${m.partition}@${m.offset}`}>
                      {m.offset}
                    </button>
                  </td>
                  <td className="nowrap">{formatTimestamp(m.timestamp)}</td>
                  <td className="wrap key">
                    <Preview text={m.key} maxChars={60} what="key" encoding={m.keyEncoding} />
                  </td>
                  <td className="wrap">
                    <Preview text={m.value} maxChars={previewChars} what="value" encoding={m.valueEncoding} />
                  </td>
                  <td className="num">{m.size.toLocaleString('en-US')}</td>
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
