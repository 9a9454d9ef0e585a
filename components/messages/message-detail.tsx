'use client';
import Link from 'next/link';
import type { Message } from '@/lib/api/schemas/messages';
import { MessageValue } from './message-value';

export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', ' UTC');
}

/** Everything about one message; `permalink` links to its own page. */
export function MessageDetail({ message, permalink }: { message: Message; permalink?: string }) {
  return (
    <div className="message-detail stack">
      <div className="row muted">
        <span>
          Partition <b>{message.partition}</b> · offset <b>{message.offset}</b> · {formatTimestamp(message.timestamp)} ({message.timestampType}) ·{' '}
          {message.size.toLocaleString('en-US')} bytes
        </span>
        {permalink && <Link href={permalink}>Permalink</Link>}
      </div>
      <MessageValue label="Key" text={message.key} encoding={message.keyEncoding} what="key" />
      <MessageValue label="Value" text={message.value} encoding={message.valueEncoding} what="value" />
      <div>
        <h3>Headers</h3>
        {message.headers.length === 0 ? (
          <div className="muted">No headers</div>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Header</th>
                <th scope="col">Value</th>
                <th scope="col">Encoding</th>
              </tr>
            </thead>
            <tbody>
              {message.headers.map((h, i) => (
                <tr key={`${h.key}-${i}`}>
                  <td className="mono">{h.key}</td>
                  <td className="mono wrap">{h.value ?? <span className="badge muted">null</span>}</td>
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
