import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // kafkajs is a Node library with dynamic requires; keep it out of the server bundle.
  serverExternalPackages: ['kafkajs'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
