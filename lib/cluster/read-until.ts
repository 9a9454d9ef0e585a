// After a change the controller commits at once, but the broker asked next may answer the old state for a
// moment (KRaft brokers apply the metadata log asynchronously). Answering that would look like a lost edit,
// so the re-read is repeated, briefly and boundedly, until it shows the change.
const PROPAGATION_WAIT_MS = 3_000;
const PROPAGATION_POLL_MS = 150;

/** Reads until shows(answer) or the wait is over; answers the last read either way. */
export async function readUntil<T>(read: () => Promise<T>, shows: (answer: T) => boolean): Promise<T> {
  const deadline = Date.now() + PROPAGATION_WAIT_MS;
  for (;;) {
    const answer = await read();
    if (shows(answer) || Date.now() >= deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, PROPAGATION_POLL_MS));
  }
}
