import { expect, test, type Locator, type Page } from '@playwright/test'
import { openApp, screenshotPath } from './app.ts'

const stage = (page: Page, name: string) => page.getByRole('region', { name })
const count = (column: Locator) => column.getByTestId('column-count')
const firstCard = (column: Locator) => column.getByRole('article').first()

async function countOf(column: Locator): Promise<number> {
  return Number((await count(column).textContent())?.replace(/\D/g, ''))
}

/** dnd-kit follows real pointer events: press, travel past its 6 px threshold, glide, let go. */
async function drag(page: Page, from: Locator, to: Locator, offsetY: number) {
  const a = (await from.boundingBox())!
  const b = (await to.boundingBox())!
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 12, { steps: 4 })
  await page.mouse.move(b.x + b.width / 2, b.y + offsetY, { steps: 25 })
  await page.mouse.up()
}

test('a card dragged to another stage is there at once, and still there after a reload', async ({
  page,
}) => {
  // Two reloads of a 120-card board: more than the default minute on a busy machine.
  test.slow()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  await openApp(page)
  await expect(page.getByText('120 influencers in the pipeline')).toBeVisible()
  const saved = stage(page, 'Saved')
  const warm = stage(page, 'Warm')
  await expect(firstCard(saved)).toBeVisible()
  const [savedBefore, warmBefore] = [await countOf(saved), await countOf(warm)]
  const name = (await firstCard(saved).getAttribute('aria-label'))!
  const warmTop = (await firstCard(warm).getAttribute('aria-label'))!

  // Onto the upper half of Warm's first card: the card goes above it, at the top of Warm.
  await drag(page, firstCard(saved), firstCard(warm), 20)
  await expect(firstCard(warm)).toHaveAttribute('aria-label', name)
  await expect(warm.getByRole('article').nth(1)).toHaveAttribute('aria-label', warmTop)
  await expect(count(warm)).toHaveText(String(warmBefore + 1))
  await expect(count(saved)).toHaveText(String(savedBefore - 1))
  await expect(saved.getByRole('article', { name, exact: true })).toHaveCount(0)
  await expect(page.getByText(`Moved ${name} to Warm`, { exact: true })).toBeVisible()
  await expect(page.getByText('120 influencers in the pipeline')).toBeVisible()
  await page.screenshot({ path: screenshotPath('pipeline-moved'), fullPage: true })

  await page.reload()
  await expect(firstCard(warm)).toHaveAttribute('aria-label', name)
  await expect(count(warm)).toHaveText(String(warmBefore + 1))
  await expect(count(saved)).toHaveText(String(savedBefore - 1))
  await expect(page.getByText('120 influencers in the pipeline')).toBeVisible()

  expect(errors).toEqual([])
})

test('a card moved with the keyboard lands where the arrows chose, keeps the focus, and stays', async ({
  page,
}) => {
  test.slow()
  await openApp(page)
  await expect(page.getByText('120 influencers in the pipeline')).toBeVisible()
  const saved = stage(page, 'Saved')
  const warm = stage(page, 'Warm')
  await expect(firstCard(warm)).toBeVisible()
  const [savedBefore, warmBefore] = [await countOf(saved), await countOf(warm)]
  // Warm's top card (the one the journey above dragged there, when it ran) goes home to Saved.
  const name = (await firstCard(warm).getAttribute('aria-label'))!

  // Space lifts it, two columns left, Space drops it at the top.
  await warm.getByRole('button', { name, exact: true }).focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await page.screenshot({ path: screenshotPath('pipeline-keyboard-drag'), fullPage: true })
  await page.keyboard.press('Space')
  await expect(firstCard(saved)).toHaveAttribute('aria-label', name)
  await expect(count(saved)).toHaveText(String(savedBefore + 1))
  await expect(count(warm)).toHaveText(String(warmBefore - 1))
  // The moved card keeps the focus, so the next key goes on from where the user is.
  await expect(saved.getByRole('button', { name, exact: true })).toBeFocused()
  await expect(page.getByText(`Moved ${name} to Saved`, { exact: true })).toBeVisible()

  await page.reload()
  await expect(firstCard(saved)).toHaveAttribute('aria-label', name)
  await expect(count(saved)).toHaveText(String(savedBefore + 1))
  await expect(warm.getByRole('article', { name, exact: true })).toHaveCount(0)
})

test('filters narrow the board and clearing them brings everyone back', async ({ page }) => {
  await openApp(page)
  await expect(page.getByText('120 influencers in the pipeline')).toBeVisible()
  const saved = stage(page, 'Saved')
  const name = (await firstCard(saved).getAttribute('aria-label'))!

  await page.getByRole('textbox', { name: 'Search the pipeline' }).fill(name)
  await expect(page.getByText(/^1 of 120 influencers match the filters$/)).toBeVisible()
  await expect(page.getByRole('article')).toHaveCount(1)
  await expect(firstCard(saved)).toHaveAttribute('aria-label', name)
  await expect(page.getByTestId('active-filters')).toHaveText('1 filter active')

  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByText('120 influencers in the pipeline')).toBeVisible()

  await page.getByRole('switch', { name: 'Due follow-ups' }).check({ force: true })
  const matching = page.getByText(/^\d+ of 120 influencers match the filters$/)
  await expect(matching).toBeVisible()
  const shown = Number((await matching.textContent())!.split(' ')[0])
  expect(shown).toBeGreaterThan(0)
  expect(shown).toBeLessThan(120)
  const due = page.getByRole('article')
  await expect(due.first()).toBeVisible()
  for (const card of await due.all()) {
    await expect(card).toContainText(/Overdue|Follow up today/)
  }
  await page.screenshot({ path: screenshotPath('pipeline-filtered'), fullPage: true })

  // The filters are still set after a trip to another screen.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Influencers' })
    .click()
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Pipeline' })
    .click()
  await expect(page.getByRole('switch', { name: 'Due follow-ups' })).toBeChecked()
  await expect(page.getByText(`${shown} of 120 influencers match the filters`)).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByText('120 influencers in the pipeline')).toBeVisible()
})

test('the board reads well in the dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page)
  await expect(page.getByText('120 influencers in the pipeline')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await expect(firstCard(stage(page, 'Saved'))).toBeVisible()
  await page.screenshot({ path: screenshotPath('pipeline-dark'), fullPage: true })
})
