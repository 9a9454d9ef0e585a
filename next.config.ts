import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // kafkajs is a Node library with dynamic requires; keep it out of the server bundle. The lz4 (native) and
  // zstd (WebAssembly read from its own directory) codecs load files beside them.
  serverExternalPackages: ['kafkajs', 'lz4-napi', '@bokuweb/zstd-wasm'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
