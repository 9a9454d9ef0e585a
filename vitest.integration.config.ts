import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Against the real broker(s) and the real server that scripts/test.mjs starts; see tests/integration/env.ts.
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      'server-only': path.resolve(__dirname, 'tests/server-only-stub.ts'),
    },
  },
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One broker, shared: files run one after another so CLI oracles see a quiet cluster.
    fileParallelism: false,
  },
});
