// Splits a Server-Sent Events text buffer into complete events; the unfinished tail waits for more bytes.
// Used by the browser reader and by the integration tests alike.
export interface RawSseEvent {
  event: string;
  data: string;
}

export function takeSseEvents(buffer: string): { events: RawSseEvent[]; rest: string } {
  const events: RawSseEvent[] = [];
  let rest = buffer;
  let cut: number;
  while ((cut = rest.indexOf('\n\n')) >= 0) {
    const block = rest.slice(0, cut);
    rest = rest.slice(cut + 2);
    const event = /^event: (.*)$/m.exec(block)?.[1];
    const data = /^data: (.*)$/m.exec(block)?.[1];
    // Comment lines (keep-alives) carry neither.
    if (event && data !== undefined) events.push({ event, data });
  }
  return { events, rest };
}
