import type { NextConfig } from 'next';
import { staticSecurityHeaders } from './lib/edge/security-headers';

const nextConfig: NextConfig = {
  // kafkajs is a Node library with dynamic requires; keep it out of the server bundle. The lz4 (native) and
  // zstd (WebAssembly read from its own directory) codecs load files beside them.
  serverExternalPackages: ['kafkajs', 'lz4-napi', '@bokuweb/zstd-wasm'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Pages and the API get their headers from proxy.ts and lib/api/route.ts; the build's static files, which
  // the proxy skips, get the ones that need no per-request nonce.
  async headers() {
    const headers = Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value }));
    return ['/_next/:path*', '/icon.svg', '/favicon.ico'].map((source) => ({ source, headers }));
  },
};

export default nextConfig;
