// Reads a Server-Sent Events answer of the test server into { event, data } items.
import { takeSseEvents } from '../../lib/api/sse-parse';
import { testEnv } from './env';

export interface SseItem {
  event: string;
  data: any;
}

/** Reads events until `until` says stop (or the stream ends), then disconnects. */
export async function readSse(path: string, until: (item: SseItem, all: SseItem[]) => boolean = () => false) {
  const abort = new AbortController();
  const res = await fetch(`${testEnv.url}${path}`, { signal: abort.signal });
  if (!res.ok || !res.body) return { status: res.status, items: [] as SseItem[], error: await res.json() };
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const items: SseItem[] = [];
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const { events, rest } = takeSseEvents(buffer + decoder.decode(value, { stream: true }));
      buffer = rest;
      for (const { event, data } of events) {
        const item = { event, data: JSON.parse(data) };
        items.push(item);
        if (until(item, items)) return { status: res.status, items };
      }
    }
  } finally {
    abort.abort();
  }
  return { status: res.status, items };
}
