import 'server-only';
// A console reachable from the network without sign-in, or with a missing session key, must not start.
import { AccessConfigError, accessSettings } from './settings';

export function checkAccessAtStart(): void {
  try {
    const s = accessSettings();
    console.log(s.mode === 'open' ? `[fluxo] access: open (${s.reason === 'loopback' ? 'loopback only, no auth section' : 'auth.mode "none"'})` : `[fluxo] access: sign-in (${s.auth.users.length} users${s.auth.oidc ? `, OIDC ${s.auth.oidc.issuer}` : ''})`);
  } catch (err) {
    if (!(err instanceof AccessConfigError)) throw err;
    console.error(`[fluxo] configuration error: ${err.message}`);
    process.exit(1);
  }
}
