import { describe, expect, it } from 'vitest';
import { FluxoError } from '../errors';
import { assertAllowedHost, assertJsonMutation, assertSameOrigin, hostName, isAllowedHost, isJsonContentType, parseAllowedHosts } from './request-checks';

function refusal(work: () => void): FluxoError | undefined {
  try {
    work();
    return undefined;
  } catch (err) {
    return err as FluxoError;
  }
}

describe('Host check', () => {
  it('answers loopback names with any port', () => {
    for (const host of ['localhost', 'localhost:3000', '127.0.0.1:9', '[::1]:3000', 'LOCALHOST:1']) expect(isAllowedHost(host, [])).toBe(true);
  });

  it('refuses a foreign name, a missing Host and look-alikes of loopback', () => {
    for (const host of ['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io:3000', '']) expect(isAllowedHost(host, [])).toBe(false);
    expect(isAllowedHost(null, [])).toBe(false);
  });

  it('answers configured names, with any port when the entry has none, else only that port', () => {
    const allowed = parseAllowedHosts(' Console.Example.com , other.example:8443,');
    expect(allowed).toEqual(['console.example.com', 'other.example:8443']);
    expect(isAllowedHost('console.example.com', allowed)).toBe(true);
    expect(isAllowedHost('console.example.com:443', allowed)).toBe(true);
    expect(isAllowedHost('other.example:8443', allowed)).toBe(true);
    expect(isAllowedHost('other.example:80', allowed)).toBe(false);
  });

  it('refuses with 421 naming the setting', () => {
    const err = refusal(() => assertAllowedHost('evil.example', []));
    expect(err).toMatchObject({ status: 421, code: 'misdirected', message: expect.stringContaining('FLUXO_ALLOWED_HOSTS') });
  });

  it('takes the port off a Host value, IPv6 included', () => {
    expect(hostName('[::1]:3000')).toBe('[::1]');
    expect(hostName('Example.COM:80')).toBe('example.com');
  });
});

describe('same-origin check on state-changing requests', () => {
  const headers = (h: Record<string, string>) => new Headers({ host: 'localhost:3000', ...h });

  it('lets a script without Origin or Sec-Fetch-Site through', () => {
    expect(refusal(() => assertSameOrigin('POST', headers({}), []))).toBeUndefined();
  });

  it('lets the console itself through', () => {
    expect(refusal(() => assertSameOrigin('DELETE', headers({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }), []))).toBeUndefined();
  });

  it('refuses another origin, a null origin and another port of the same name', () => {
    for (const origin of ['http://evil.example', 'null', 'http://localhost:8080', 'not a url']) {
      expect(refusal(() => assertSameOrigin('POST', headers({ origin }), []))).toMatchObject({ status: 403, code: 'forbidden' });
    }
  });

  it('refuses when the browser says the request is cross-site or same-site, whatever the Origin', () => {
    for (const site of ['cross-site', 'same-site']) {
      expect(refusal(() => assertSameOrigin('PATCH', headers({ 'sec-fetch-site': site }), []))).toMatchObject({ status: 403 });
    }
  });

  it('accepts the public name behind a proxy that rewrites Host', () => {
    expect(refusal(() => assertSameOrigin('POST', headers({ origin: 'https://console.example.com' }), ['console.example.com']))).toBeUndefined();
  });

  it('does not check reads', () => {
    expect(refusal(() => assertSameOrigin('GET', headers({ origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }), []))).toBeUndefined();
  });
});

describe('JSON content type on mutations', () => {
  it('knows JSON media types', () => {
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/merge-patch+json')).toBe(true);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType('application/x-www-form-urlencoded')).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
  });

  it('refuses a form or text body with 415 and lets reads through', () => {
    expect(refusal(() => assertJsonMutation('POST', new Headers({ 'content-type': 'text/plain' })))).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    expect(refusal(() => assertJsonMutation('DELETE', new Headers()))).toMatchObject({ status: 415 });
    expect(refusal(() => assertJsonMutation('GET', new Headers()))).toBeUndefined();
  });
});
