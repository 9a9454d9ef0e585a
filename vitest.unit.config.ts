import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Pure logic only: no broker, no network. Files named *.test.ts beside the module they test.
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // 'server-only' throws outside React Server Components; under test it is only a marker.
      'server-only': path.resolve(__dirname, 'tests/server-only-stub.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Modules that ask where the server listens (an open console is loopback-only) see a loopback server.
    env: { HOSTNAME: '127.0.0.1' },
  },
});
