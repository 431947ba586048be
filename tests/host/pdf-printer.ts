import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from '@playwright/test'

/** Debian's Chromium: Playwright's own download host is unreachable on the build machines. */
const executablePath = process.env.CRM_CHROMIUM ?? '/usr/bin/chromium'

/**
 * What Electron's printToPDF does in the app, done by Chromium for the test host and the
 * service tests: the same HTML, the same page size, printed by the same engine. The browser
 * starts on the first export and is shared after that.
 */
export function chromiumPdfPrinter() {
  let browser: Promise<Browser> | null = null
  return {
    print: async (html: string): Promise<Uint8Array> => {
      browser ??= chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
      const page = await (await browser).newPage({ javaScriptEnabled: false })
      try {
        // Offline by construction: the page may load nothing from anywhere.
        await page.route('**/*', (route) => route.abort())
        await page.setContent(html, { waitUntil: 'load' })
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
      } finally {
        await page.close()
      }
    },
    close: async () => {
      if (browser) await (await browser).close()
      browser = null
    },
  }
}

/** The test host's "save dialog": every export goes to `<data>/exports/<name>`. */
export const exportsFolderChooser = (dataDir: string) => (suggestedName: string) => {
  const folder = path.join(dataDir, 'exports')
  mkdirSync(folder, { recursive: true })
  return Promise.resolve(path.join(folder, suggestedName))
}
