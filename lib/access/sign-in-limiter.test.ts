import { describe, expect, it } from 'vitest';
import { SignInLimiter } from './sign-in-limiter';

describe('SignInLimiter', () => {
  it('allows five failures, then makes the sixth try wait', () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfterMs(['user:ana'], 1_000 + i)).toBe(0);
      limiter.fail(['user:ana'], 1_000 + i);
    }
    expect(limiter.retryAfterMs(['user:ana'], 2_000)).toBeGreaterThan(0);
    expect(limiter.retryAfterMs(['user:bo'], 2_000)).toBe(0);
  });
  it('forgets failures after the window and after a success', () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 5; i++) limiter.fail(['ip:1'], i);
    expect(limiter.retryAfterMs(['ip:1'], 5 * 60_000 + 10)).toBe(0);
    for (let i = 0; i < 5; i++) limiter.fail(['ip:2'], i);
    limiter.succeed(['ip:2']);
    expect(limiter.retryAfterMs(['ip:2'], 10)).toBe(0);
  });
});
