import 'server-only';
// The one place Fluxo speaks HTTP to Kafka Connect workers. node:http(s) rather than fetch, so a private CA
// and the timeout apply per Connect cluster. Connect answers errors as { error_code, message }; they become
// FluxoErrors here, once.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { FluxoError } from '../errors';
import type { ConnectClusterConfig } from '../config/schema';
import { connectErrorFor } from './errors';

/** Bodies above this are refused: a worker's answer is small, a runaway one must not fill memory. */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

function secret(inline: string | undefined, envName: string | undefined, what: string): string {
  if (inline !== undefined) return inline;
  const value = envName ? process.env[envName] : undefined;
  if (value === undefined) throw new FluxoError('unavailable', `The ${what} environment variable ${envName} is not set on the server`);
  return value;
}

function authorization(config: ConnectClusterConfig): string | undefined {
  const auth = config.auth;
  if (!auth) return undefined;
  if (auth.type === 'basic') {
    const password = secret(auth.password, auth.passwordEnv, 'Connect password');
    return `Basic ${Buffer.from(`${auth.username}:${password}`).toString('base64')}`;
  }
  return `Bearer ${secret(auth.token, auth.tokenEnv, 'Connect token')}`;
}

export interface ConnectResponse {
  status: number;
  body: unknown;
}

/** Sends one request; resolves with any HTTP answer, rejects only when the worker cannot be reached. */
export function connectFetch(config: ConnectClusterConfig, method: string, path: string, body?: unknown): Promise<ConnectResponse> {
  const url = new URL(path.replace(/^\//, ''), config.url.endsWith('/') ? config.url : `${config.url}/`);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const auth = authorization(config);
  if (auth) headers.authorization = auth;
  const isHttps = url.protocol === 'https:';
  const tls = isHttps && config.tls ? { ca: config.tls.caFile ? readFileSync(config.tls.caFile) : undefined, rejectUnauthorized: config.tls.rejectUnauthorized } : {};
  return new Promise((resolve, reject) => {
    const req = (isHttps ? https : http).request(url, { method, headers, timeout: config.timeoutMs, ...tls }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          req.destroy(new FluxoError('unavailable', `Connect cluster "${config.name}" answered more than ${MAX_RESPONSE_BYTES} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = null;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          parsed = text;
        }
        resolve({ status: res.statusCode ?? 0, body: parsed });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new FluxoError('timeout', `Connect cluster "${config.name}" did not answer within ${config.timeoutMs} ms`)));
    req.on('error', (err) => {
      if (err instanceof FluxoError) reject(err);
      else reject(new FluxoError('unavailable', `Connect cluster "${config.name}" cannot be reached (${(err as NodeJS.ErrnoException).code ?? err.message})`));
    });
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** Like connectFetch, but a non-2xx answer throws the matching FluxoError. */
export async function connectCall<T = unknown>(config: ConnectClusterConfig, method: string, path: string, body?: unknown): Promise<T> {
  const res = await connectFetch(config, method, path, body);
  if (res.status >= 200 && res.status < 300) return res.body as T;
  throw connectErrorFor(config.name, res.status, res.body);
}
