import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are heavy (~450 MB each); two workers match the two cores we have.
    maxWorkers: 2,
    pool: 'forks',
  },
});
