import type { Page } from '@playwright/test'

/** Opens the app the way a user of `npm run dev:web` does: with the run's token. */
export async function openApp(page: Page, hash = '#/pipeline'): Promise<void> {
  await page.goto(`/?token=${process.env.CRM_E2E_TOKEN ?? ''}${hash}`)
}

export const screenshotPath = (name: string) => `tests/e2e/screenshots/${name}.png`
