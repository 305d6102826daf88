import { defineConfig } from 'vitest/config';

/**
 * End-to-end: the real host on 127.0.0.1 serving the BUILT renderer
 * (out/renderer, so `npm run e2e` builds first) driven by Debian Chromium
 * through playwright-core. See tests/e2e/harness.ts.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // One browser at a time on a 2-core machine; files run one after another.
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
  },
});
