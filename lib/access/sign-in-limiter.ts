// Failed sign-ins are rate-limited per user name and per client address, so a password cannot be guessed
// at speed. Pure apart from the clock passed in; memory is bounded by MAX_KEYS.

const WINDOW_MS = 5 * 60_000;
const MAX_KEYS = 10_000;

export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  /** Failures a key may have within the window before it must wait. */
  constructor(private readonly maxFailures = 5) {}

  /** Milliseconds until another try is allowed for any of the keys; 0 when allowed now. */
  retryAfterMs(keys: readonly string[], nowMs: number): number {
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key, nowMs);
      if (recent.length >= this.maxFailures) wait = Math.max(wait, recent[0]! + WINDOW_MS - nowMs);
    }
    return wait;
  }

  fail(keys: readonly string[], nowMs: number): void {
    for (const key of keys) {
      if (!this.failures.has(key) && this.failures.size >= MAX_KEYS) {
        const oldest = this.failures.keys().next().value;
        if (oldest !== undefined) this.failures.delete(oldest);
      }
      this.failures.set(key, [...this.recent(key, nowMs), nowMs]);
    }
  }

  succeed(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private recent(key: string, nowMs: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > nowMs - WINDOW_MS);
  }
}
