import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            '{electron,shared,db,server,tests/host,tests/lint,tests/sync,tests/packaging,scripts,bench}/**/*.test.ts',
          ],
          // One real PostgreSQL for the server suites (they also run against PGlite).
          globalSetup: ['server/testing/global-postgres.ts'],
          // Suites open a migrated database in beforeAll: seconds on a busy 2-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/test-setup.ts'],
          // Mantine screens render in jsdom in a second or two, more on a busy 2-core machine.
          testTimeout: 15_000,
          // Far from UTC, with daylight saving: "today", "due" and week starts are the user's,
          // and a test that only passes where local time is UTC would hide that they are not.
          env: { TZ: 'Pacific/Auckland' },
        },
      },
    ],
  },
})
