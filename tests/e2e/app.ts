import path from 'node:path'
import Database from 'better-sqlite3'
import type { Page } from '@playwright/test'

/** Opens the app the way a user of `npm run dev:web` does: with the run's token. */
export async function openApp(page: Page, hash = '#/pipeline'): Promise<void> {
  await page.goto(`/?token=${process.env.CRM_E2E_TOKEN ?? ''}${hash}`)
}

export const screenshotPath = (name: string) => `tests/e2e/screenshots/${name}.png`

/**
 * The test host's SQLite file, opened read-only: journeys check what the screen shows against
 * what the database holds, computed independently of the app's own queries.
 */
export function openTestDb(): Database.Database {
  const dir = process.env.CRM_E2E_DATA
  if (!dir)
    throw new Error('CRM_E2E_DATA is not set: run the journeys through playwright.config.ts')
  return new Database(path.join(dir, 'crm.sqlite'), { readonly: true, fileMustExist: true })
}
