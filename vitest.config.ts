import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // PGlite is memory-hungry and this machine has 2 cores: a few files at a time.
    maxWorkers: 2,
    fileParallelism: true,
  },
})
