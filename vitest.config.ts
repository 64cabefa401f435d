import { defineConfig } from 'vitest/config';

/** The API suite's settings; its files that replace a module (vi.mock) run apart, isolated. */
const api = {
  globalSetup: ['server/test/global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};
const MOCKING = ['server/auth/lockout.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['domain/**/*.test.ts', 'server/lib/**/*.test.ts', 'web/src/**/*.test.ts'],
        },
      },
      {
        test: {
          ...api,
          name: 'api',
          include: ['server/**/*.test.ts'],
          exclude: ['server/lib/**', ...MOCKING],
          // One module graph per worker, not per file: importing the app (~300 modules) for each of
          // 70+ files cost more than the tests. Each file still builds its own app and database.
          isolate: false,
        },
      },
      { test: { ...api, name: 'api-mocking', include: MOCKING } },
    ],
  },
});
