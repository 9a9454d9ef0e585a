// For the access-control suites: a real OpenID provider (scripts/oidc/provider.mjs) and a second console
// server with sign-in on, users with argon2id hashes, roles bound to users and OIDC groups, and masking
// rules. Both are stopped by pid.
import { spawn } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './ensure.mjs';
import { fail } from './fail.mjs';
import { isListening } from './ports.mjs';
import { startServer, stopServer } from './server.mjs';

/** Test users: name → password; their roles are bound below. */
export const ACCESS_USERS = {
  admin: 'admin-pass-3e9f1c',
  operator: 'operator-pass-8a2d4b',
  viewer: 'viewer-pass-5c7e0a',
  auditor: 'auditor-pass-1f6b9d',
};
const SESSION_SECRET = 'fluxo-test-session-key-9d1f2c8b7a6e5d4c3b2a1f0e';
const OIDC_CLIENT = { id: 'fluxo-test', secret: 'fluxo-test-oidc-secret-2b7e' };

async function waitForHttp(url, child, what) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) fail(`${what} exited while starting (exit ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`${what} did not answer on ${url} within 30 s`);
}

export async function startAccessEnv({ runDir, serverPort, oidcPort, singleBootstrap }) {
  const serverUrl = `http://127.0.0.1:${serverPort}`;
  const issuer = `http://127.0.0.1:${oidcPort}`;
  if (await isListening(oidcPort)) fail(`port ${oidcPort} for the test OpenID provider is in use`);
  const log = openSync(path.join(runDir, 'oidc.log'), 'w');
  const oidc = spawn(process.execPath, [path.join(ROOT, 'scripts/oidc/provider.mjs'), String(oidcPort), `${serverUrl}/api/auth/oidc/callback`], {
    cwd: ROOT, detached: true, stdio: ['ignore', log, log],
    env: { ...process.env, OIDC_CLIENT_ID: OIDC_CLIENT.id, OIDC_CLIENT_SECRET: OIDC_CLIENT.secret },
  });
  closeSync(log);
  const started = { oidcPid: oidc.pid, server: null };
  try {
    await waitForHttp(`${issuer}/.well-known/openid-configuration`, oidc, 'the test OpenID provider');
    // Loaded here, not at the top: npm test imports this file before it installs the npm packages.
    const { hash } = await import('@node-rs/argon2');
    const users = await Promise.all(
      Object.entries(ACCESS_USERS).map(async ([username, password]) => ({ username, passwordHash: await hash(password, { algorithm: 2 }) })),
    );
    const config = {
      clusters: [
        {
          name: 'local',
          brokers: singleBootstrap.split(','),
          masking: [
            { topics: ['masked-*'], field: 'value.card.number', action: 'mask' },
            { topics: ['masked-*'], field: 'value.customer.email', action: 'hash' },
            { topics: ['masked-*'], field: 'headers.x-user', action: 'remove' },
          ],
        },
        { name: 'readonly', brokers: singleBootstrap.split(','), readOnly: true },
      ],
      auth: {
        mode: 'login',
        sessionSecretEnv: 'FLUXO_TEST_SESSION_SECRET',
        sessionTtlMinutes: 60,
        users,
        oidc: {
          issuer, clientId: OIDC_CLIENT.id, clientSecretEnv: 'FLUXO_TEST_OIDC_SECRET',
          scopes: ['openid', 'profile', 'groups'], groupsClaim: 'groups', label: 'Sign in with the test provider',
        },
      },
      roles: [{ name: 'auditor', permissions: ['cluster:read', 'audit:read'] }],
      bindings: [
        { role: 'admin', users: ['admin'], groups: ['fluxo-admins'] },
        { role: 'operator', users: ['operator'] },
        { role: 'viewer', users: ['viewer'], groups: ['fluxo-viewers'] },
        { role: 'auditor', users: ['auditor'] },
      ],
    };
    const configFile = path.join(runDir, 'clusters-auth.json');
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    started.server = await startServer({
      port: serverPort,
      env: {
        FLUXO_CONFIG: configFile, FLUXO_TEST_SESSION_SECRET: SESSION_SECRET, FLUXO_TEST_OIDC_SECRET: OIDC_CLIENT.secret,
        // One lag sampler per cluster is enough: this server's would duplicate the main test server's. It also
        // keeps out of the main server's sampler lease: holding it with an hourly interval, it would leave the
        // history topic without samples for the lag-history tests.
        FLUXO_LAG_SAMPLE_INTERVAL_MS: '3600000',
        FLUXO_LAG_LEASE_GROUP: 'fluxo-lag-sampler-access-tests',
      },
      logFile: path.join(runDir, 'server-auth.log'),
      keepAliveTimeoutMs: 120_000,
    });
  } catch (err) {
    await stopAccessEnv(started);
    throw err;
  }
  return {
    started,
    env: {
      FLUXO_TEST_AUTH_URL: serverUrl,
      FLUXO_TEST_AUTH_USERS: JSON.stringify(ACCESS_USERS),
      FLUXO_TEST_OIDC_ISSUER: issuer,
    },
  };
}

export async function stopAccessEnv(started) {
  if (started.server) await stopServer(started.server);
  if (started.oidcPid) {
    try {
      process.kill(-started.oidcPid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
