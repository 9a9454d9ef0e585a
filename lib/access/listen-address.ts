// Whether the server listens only on loopback: there, with no `auth` section, the console may stay open
// (the local demo); anywhere else it must not start without sign-in configured.

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host.trim());
}

/** The address `next start` binds to: its -H/--hostname flag, else HOSTNAME; Next binds every interface without either. */
export function listenHost(argv: readonly string[], env: Record<string, string | undefined>): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-H' || arg === '--hostname') return argv[i + 1];
    if (arg.startsWith('--hostname=')) return arg.slice('--hostname='.length);
  }
  return env.HOSTNAME || undefined;
}
