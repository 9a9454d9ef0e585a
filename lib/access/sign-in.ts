import 'server-only';
// Signing in and out: passwords from the config file, or an OpenID Connect provider through openid-client
// (the OpenID-certified client by the author of jose; it does discovery, PKCE, state, nonce and ID-token
// checks, which a hand-made client gets wrong). A session is a signed cookie; signing out revokes its id.
import * as oidc from 'openid-client';
import { FluxoError } from '../errors';
import { passwordMatches } from './passwords';
import { type Principal } from './principal';
import { encodeSession, newSessionId, type SessionClaims } from './session-token';
import { accessSettings, type LoginConfig } from './settings';
import { SignInLimiter } from './sign-in-limiter';
import { revokeSession } from './state-store';

// Five wrong passwords per user name, fifty per client address (many people can share one address).
const byUser = new SignInLimiter(5);
const byAddress = new SignInLimiter(50);
/** The OIDC round trip must finish within this; its state cookie ends then. */
const OIDC_FLOW_MS = 10 * 60_000;
export const OIDC_FLOW_COOKIE = 'fluxo_oidc';

function loginSettings() {
  const s = accessSettings();
  if (s.mode !== 'login') throw new FluxoError('bad_request', 'This console runs without sign-in');
  return s;
}

export interface IssuedSession {
  cookie: string;
  claims: SessionClaims;
}

function issue(auth: LoginConfig, secret: string, username: string, groups: string[], source: SessionClaims['source']): IssuedSession {
  const now = Date.now();
  const claims: SessionClaims = {
    sid: newSessionId(), username, groups, source, issuedAtMs: now, expiresAtMs: now + auth.sessionTtlMinutes * 60_000,
  };
  return { cookie: encodeSession(claims, secret), claims };
}

export async function signInWithPassword(username: string, password: string, clientAddress: string): Promise<IssuedSession> {
  const { auth, sessionSecret } = loginSettings();
  const userKey = [username.toLowerCase()];
  const addressKey = [clientAddress];
  const waitMs = Math.max(byUser.retryAfterMs(userKey, Date.now()), byAddress.retryAfterMs(addressKey, Date.now()));
  if (waitMs > 0) {
    throw new FluxoError('too_many_requests', `Too many failed sign-ins; try again in ${Math.ceil(waitMs / 1000)} s`, {
      headers: { 'retry-after': String(Math.ceil(waitMs / 1000)) },
    });
  }
  const user = auth.users.find((u) => u.username === username);
  if (!(await passwordMatches(user?.passwordHash, password)) || !user) {
    byUser.fail(userKey, Date.now());
    byAddress.fail(addressKey, Date.now());
    throw new FluxoError('unauthorized', 'Wrong user name or password');
  }
  byUser.succeed(userKey);
  return issue(auth, sessionSecret, user.username, user.groups, 'password');
}

export async function signOut(principal: Principal): Promise<void> {
  if (principal.session) await revokeSession(principal.session.sid, principal.session.expiresAtMs);
}

let discovered: { issuer: string; config: Promise<oidc.Configuration> } | undefined;

function oidcConfig(auth: LoginConfig): Promise<oidc.Configuration> {
  const o = auth.oidc;
  if (!o) throw new FluxoError('not_found', 'Single sign-on is not configured');
  if (discovered?.issuer !== o.issuer) {
    const issuer = new URL(o.issuer);
    // Plain http only to a provider on this machine (tests, a local provider); anywhere else TLS.
    const local = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    const config = oidc
      .discovery(issuer, o.clientId, undefined, oidc.ClientSecretPost(process.env[o.clientSecretEnv] ?? ''), local ? { execute: [oidc.allowInsecureRequests] } : undefined)
      .catch((err: unknown) => {
        discovered = undefined;
        throw new FluxoError('unavailable', `The sign-in provider ${o.issuer} did not answer: ${(err as Error).message}`);
      });
    discovered = { issuer: o.issuer, config };
  }
  return discovered.config;
}

interface OidcFlow {
  verifier: string;
  state: string;
  nonce: string;
  next: string;
  redirectUri: string;
  expiresAtMs: number;
}

/** A console path to return to; anything else (another site, a protocol-relative URL) becomes "/". */
export function safeNextPath(next: string | undefined): string {
  return next && /^\/(?![/\\])[^\s]*$/.test(next) ? next : '/';
}

/** Where to send the browser, and the signed cookie that carries the flow's secrets until the callback. */
export async function startOidc(origin: string, next: string | undefined): Promise<{ url: string; flowCookie: string }> {
  const { auth, sessionSecret } = loginSettings();
  const config = await oidcConfig(auth);
  const o = auth.oidc!;
  const verifier = oidc.randomPKCECodeVerifier();
  const flow: OidcFlow = {
    verifier, state: oidc.randomState(), nonce: oidc.randomNonce(), next: safeNextPath(next),
    redirectUri: o.redirectUri ?? `${origin}/api/auth/oidc/callback`, expiresAtMs: Date.now() + OIDC_FLOW_MS,
  };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: flow.redirectUri, scope: o.scopes.join(' '), state: flow.state, nonce: flow.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });
  const flowCookie = encodeSession(
    { sid: JSON.stringify(flow), username: '', groups: [], source: 'oidc', issuedAtMs: Date.now(), expiresAtMs: flow.expiresAtMs },
    sessionSecret,
  );
  return { url: url.href, flowCookie };
}

function claimList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];
}

export async function finishOidc(callbackUrl: URL, flowClaims: SessionClaims | null): Promise<{ session: IssuedSession; next: string }> {
  const { auth, sessionSecret } = loginSettings();
  if (!flowClaims) throw new FluxoError('bad_request', 'The sign-in took too long or was started elsewhere; sign in again');
  const flow = JSON.parse(flowClaims.sid) as OidcFlow;
  const config = await oidcConfig(auth);
  const o = auth.oidc!;
  const error = callbackUrl.searchParams.get('error');
  if (error) throw new FluxoError('unauthorized', `The sign-in provider refused: ${callbackUrl.searchParams.get('error_description') ?? error}`);
  let tokens;
  try {
    const current = new URL(flow.redirectUri);
    current.search = callbackUrl.search;
    tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce, idTokenExpected: true,
    });
  } catch (err) {
    throw new FluxoError('unauthorized', `Sign-in failed: ${(err as Error).message}`);
  }
  const claims: Record<string, unknown> = { ...(tokens.claims() ?? {}) };
  if (claims[o.groupsClaim] === undefined && typeof claims.sub === 'string') {
    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub).catch(() => ({}));
    Object.assign(claims, info);
  }
  const username = [claims[o.usernameClaim], claims.email, claims.sub].find((v): v is string => typeof v === 'string' && v.length > 0);
  if (!username) throw new FluxoError('unauthorized', `The provider's answer names no user (claim ${o.usernameClaim})`);
  return { session: issue(auth, sessionSecret, username, claimList(claims[o.groupsClaim]), 'oidc'), next: flow.next };
}
