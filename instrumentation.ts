// Runs once when the server starts; the Node.js-only part lives apart so no Edge bundle includes it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkConfigAtStart } = await import('./lib/config/check-at-start');
    checkConfigAtStart();
    const { startLagSamplers } = await import('./lib/groups/sampler-start');
    startLagSamplers();
  }
}
