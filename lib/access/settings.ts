import 'server-only';
// How this server decides who may do what: open (no `auth` section on a loopback-only server, or an explicit
// `auth: { mode: "none" }`) or sign-in with sessions. Checked once at start, so a server reachable from the
// network never runs open by accident.
import { getAccessConfig } from '../config/clusters';
import type { AuthConfig, BindingConfig, RoleConfig } from '../config/access-schema';
import { isLoopbackHost, listenHost } from './listen-address';

export type LoginConfig = Extract<AuthConfig, { mode: 'login' }>;

export type AccessSettings =
  | { mode: 'open'; reason: 'loopback' | 'configured' }
  | { mode: 'login'; auth: LoginConfig; sessionSecret: string; roles: RoleConfig[]; bindings: BindingConfig[] };

/** A session key shorter than this is refused: it signs every session. */
const MIN_SECRET_LENGTH = 32;

let cached: AccessSettings | undefined;

export class AccessConfigError extends Error {}

export function accessSettings(): AccessSettings {
  if (cached) return cached;
  const { auth, roles, bindings } = getAccessConfig();
  if (!auth) {
    const host = listenHost(process.argv, process.env);
    if (!host || !isLoopbackHost(host)) {
      throw new AccessConfigError(
        `the console listens on ${host ?? 'every interface'} without sign-in: add an "auth" section to the config file `
        + '(see the README, "Access control"), or set "auth": { "mode": "none" } to run it open on purpose',
      );
    }
    cached = { mode: 'open', reason: 'loopback' };
  } else if (auth.mode === 'none') {
    cached = { mode: 'open', reason: 'configured' };
  } else {
    const secret = process.env[auth.sessionSecretEnv] ?? '';
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new AccessConfigError(`${auth.sessionSecretEnv} must hold a session key of at least ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -base64 48)`);
    }
    if (auth.oidc && !process.env[auth.oidc.clientSecretEnv]) {
      throw new AccessConfigError(`${auth.oidc.clientSecretEnv} (the OIDC client secret) is not set`);
    }
    cached = { mode: 'login', auth, sessionSecret: secret, roles, bindings };
  }
  return cached;
}
