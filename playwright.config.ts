import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { defineConfig } from '@playwright/test'

// Set once in the runner; workers inherit the same values through the environment.
process.env.CRM_E2E_TOKEN ??= randomBytes(24).toString('base64url')
process.env.CRM_E2E_DATA ??= mkdtempSync(path.join(os.tmpdir(), 'crm-e2e-'))
const port = Number(process.env.CRM_E2E_PORT ?? 5199)

export default defineConfig({
  testDir: 'tests/e2e',
  // Beside a run's own build (CRM_OUT_DIR), so parallel runs do not wipe each other's results.
  outputDir: process.env.CRM_OUT_DIR
    ? path.join(process.env.CRM_OUT_DIR, 'test-results')
    : 'test-results',
  fullyParallel: false,
  // A 2-core CI machine builds, serves and renders at once: give each step room, not luck.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '.playwright-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable here.
      executablePath: process.env.CRM_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'npx tsx tests/host/cli.ts',
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      CRM_PORT: String(port),
      CRM_DATA_DIR: process.env.CRM_E2E_DATA,
      CRM_HOST_TOKEN: process.env.CRM_E2E_TOKEN,
      CRM_DEMO_INFLUENCERS: '120',
      ...(process.env.CRM_OUT_DIR ? { CRM_OUT_DIR: process.env.CRM_OUT_DIR } : {}),
    },
  },
})
