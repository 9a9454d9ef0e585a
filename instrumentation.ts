// Runs once when the server starts; the Node.js-only part lives apart so no Edge bundle includes it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { limitHeapGrowth } = await import('./lib/heap-growth');
    limitHeapGrowth();
    const { checkConfigAtStart } = await import('./lib/config/check-at-start');
    checkConfigAtStart();
    const { installNodeRequestEdge } = await import('./lib/edge/node-requests');
    installNodeRequestEdge();
    const { checkAccessAtStart } = await import('./lib/access/check-at-start');
    checkAccessAtStart();
    const { startLagSamplers } = await import('./lib/groups/sampler-start');
    startLagSamplers();
  }
}
