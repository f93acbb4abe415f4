import { defineConfig } from 'vitest/config';

// The store and the API run a second time on PostgreSQL when a database is given (always in CI).
const postgresUrl = process.env.TEST_DATABASE_URL;
if (!postgresUrl) {
  if (process.env.CI) throw new Error('CI runs the PostgreSQL tests: set TEST_DATABASE_URL');
  console.warn('TEST_DATABASE_URL is unset: the PostgreSQL pass (project "postgres") is skipped');
}

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['tests/unit/**/*.test.ts'] } },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: [
                  'tests/unit/manager/store/**/*.test.ts',
                  'tests/unit/manager/api/**/*.test.ts',
                  'tests/unit/manager/reports/**/*.test.ts',
                  'tests/unit/manager/monitoring/**/*.test.ts',
                  'tests/unit/manager/first-run.test.ts',
                  // Instances agreeing through the store.
                  'tests/unit/manager/manifest/revisions-across-instances.test.ts',
                  'tests/unit/manager/events/two-instances.test.ts',
                ],
                // Files that check SQLite files themselves have nothing to say about PostgreSQL.
                exclude: [
                  'tests/unit/manager/store/*-migration.test.ts',
                  'tests/unit/manager/reports/legacy-plays.test.ts',
                ],
                env: { TEST_STORE: 'postgres' },
                globalSetup: ['tests/helpers/postgres-global-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
