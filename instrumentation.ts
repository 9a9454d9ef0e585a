// Runs once when the server starts; the Node.js-only part lives apart so no Edge bundle includes it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkConfigAtStart } = await import('./lib/config/check-at-start');
    checkConfigAtStart();
    const { stampClientAddresses } = await import('./lib/edge/client-address');
    stampClientAddresses();
    const { checkAccessAtStart } = await import('./lib/access/check-at-start');
    checkAccessAtStart();
  }
}
