import { expect, test, type Page } from '@playwright/test'
import { openApp, screenshotPath } from './app.ts'

// Money shows as the browser formats it; the test host's Chromium reads en-US.
const usd = (n: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(n)

/** Picks `count` different people in the add-influencers dialog and returns their names. */
async function pickInfluencers(page: Page, count: number): Promise<string[]> {
  const dialog = page.getByRole('dialog', { name: 'Add influencers' })
  const input = dialog.getByRole('combobox', { name: 'Influencers' })
  const names: string[] = []
  for (let n = 0; n < count; n++) {
    await input.click()
    const option = page.getByRole('option').first()
    await expect(option).toBeVisible()
    names.push((await option.innerText()).trim())
    await option.click()
    // Done picking this one: the list closes, as a user would close it.
    await input.press('Escape')
  }
  return names
}

test('plan a campaign: create it, add three influencers, build a UTM link, and see an accepted offer commit budget', async ({
  page,
}) => {
  // A long journey on a machine other journeys share: more time than one short check gets.
  test.setTimeout(180_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  const stamp = Date.now().toString(36)
  const name = `Winter Glow ${stamp}`
  const brand = `Glow Labs ${stamp}`

  await openApp(page, '#/campaigns')
  await expect(page.getByRole('table', { name: 'Campaigns' })).toBeVisible()
  await page.screenshot({ path: screenshotPath('campaigns-list'), fullPage: true })

  // The keyboard way in: Mod+N on this screen opens the form.
  await page.keyboard.press('Control+n')
  const form = page.getByRole('dialog', { name: 'New campaign' })
  await expect(form).toBeVisible()
  await form.getByRole('button', { name: 'Create campaign' }).click()
  await expect(form.getByText('A campaign needs a name')).toBeVisible()

  await form.getByRole('textbox', { name: 'Name' }).fill(name)
  await form.getByRole('button', { name: 'Add a brand' }).click()
  await form.getByRole('textbox', { name: 'New brand' }).fill(brand)
  await form.getByRole('button', { name: 'Add brand' }).click()
  await expect(form.getByRole('combobox', { name: 'Brand' })).toHaveValue(brand)
  await form.getByRole('textbox', { name: 'Budget' }).fill('10000')
  await form
    .getByRole('textbox', { name: 'Brief' })
    .fill('Three creators show the serum in their winter routine.')
  await form.getByRole('button', { name: 'Create campaign' }).click()

  // Creating opens the campaign's page.
  await expect(page).toHaveURL(/#\/campaigns\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText(`${brand} · No dates yet`)).toBeVisible()
  await expect(page.getByTestId('budget-budget')).toHaveText(usd(10_000))
  await expect(page.getByTestId('budget-committed')).toHaveText(usd(0))
  await expect(page.getByTestId('budget-remaining')).toHaveText(usd(10_000))
  await expect(page.getByText('No influencers in this campaign yet')).toBeVisible()

  // Three influencers, picked by typing in one dialog.
  await page.getByRole('button', { name: 'Add influencers' }).click()
  const picked = await pickInfluencers(page, 3)
  expect(new Set(picked).size).toBe(3)
  await page
    .getByRole('dialog', { name: 'Add influencers' })
    .getByRole('button', { name: 'Add 3 influencers' })
    .click()
  await expect(page.getByRole('dialog', { name: 'Add influencers' })).toBeHidden()
  const planned = page.getByRole('region', { name: 'Planned' })
  for (const person of picked) {
    await expect(planned.getByRole('listitem', { name: person })).toBeVisible()
  }
  await expect(page.getByRole('tab', { name: 'Influencers (3)' })).toBeVisible()

  // A tracked link for the first of them.
  const [first] = picked as [string, ...string[]]
  await page.getByRole('button', { name: `Build the link for ${first}` }).click()
  const builder = page.getByRole('dialog', { name: `Tracked link for ${first}` })
  await builder
    .getByRole('textbox', { name: 'Landing page' })
    .fill('https://shop.example/winter?ref=crm')
  await builder.getByRole('button', { name: 'Build link' }).click()
  const url = builder.getByTestId('utm-url')
  await expect(url).toContainText('https://shop.example/winter?ref=crm&utm_source=')
  await expect(url).toContainText('utm_medium=influencer')
  await expect(url).toContainText(`utm_campaign=winter-glow-${stamp}`)
  const params = builder.getByRole('table', { name: 'UTM parameters' })
  await expect(params.getByRole('row', { name: /utm_medium influencer/ })).toBeVisible()
  // Copying must not break where the clipboard is locked away.
  await builder.getByRole('button', { name: `Copy the tracked link for ${first}` }).click()
  await page.screenshot({ path: screenshotPath('campaign-utm'), fullPage: true })
  await builder.getByRole('button', { name: 'Close' }).click()
  const links = page.getByRole('table', { name: 'Tracked links' })
  await expect(links.getByRole('row', { name: new RegExp(first) })).toContainText(
    'utm_medium=influencer',
  )

  // An offer commits nothing until it is accepted; then exactly its price.
  await page.getByRole('tab', { name: 'Offers and contracts' }).click()
  await expect(page.getByText('No offers yet')).toBeVisible()
  await page.getByRole('button', { name: 'New offer' }).click()
  const offerForm = page.getByRole('dialog', { name: 'New offer' })
  await offerForm.getByRole('combobox', { name: 'Influencer' }).click()
  await page.getByRole('option', { name: first }).click()
  await offerForm.getByRole('textbox', { name: 'Price' }).fill('2500')
  await offerForm.getByRole('button', { name: 'Make offer' }).click()
  await expect(offerForm).toBeHidden()
  const offers = page.getByRole('table', { name: 'Offers' })
  const offerRow = offers.getByRole('row', { name: new RegExp(first) })
  await expect(offerRow).toContainText(usd(2_500))
  await expect(offerRow).toContainText('Pending')
  await expect(page.getByTestId('budget-committed')).toHaveText(usd(0))
  await expect(page.getByRole('tab', { name: 'Offers and contracts (1 open)' })).toBeVisible()

  await offerRow.getByRole('button', { name: `Change the status of ${first}'s offer` }).click()
  await page.getByRole('menuitem', { name: 'Accept' }).click()
  await expect(offerRow).toContainText('Accepted')
  await expect(page.getByTestId('budget-committed')).toHaveText(usd(2_500))
  await expect(page.getByTestId('budget-remaining')).toHaveText(usd(7_500))
  await expect(page.getByTestId('budget-paid')).toHaveText(usd(0))

  // The accepted offer became a contract-ready deal, and its card moved on the board.
  await offerRow.getByRole('button', { name: 'Draw up contract' }).click()
  const contracts = page.getByRole('table', { name: 'Contracts' })
  await expect(contracts.getByRole('row', { name: new RegExp(first) })).toContainText(usd(2_500))
  await page.screenshot({ path: screenshotPath('campaign-budget'), fullPage: true })
  await page.getByRole('tab', { name: /^Influencers/ }).click()
  await expect(
    page.getByRole('region', { name: 'Accepted' }).getByRole('listitem', { name: first }),
  ).toBeVisible()

  // What the list shows after a reload agrees with the page.
  await page.reload()
  await page.getByRole('link', { name: 'Campaigns', exact: true }).first().click()
  await page.getByRole('textbox', { name: 'Search campaigns' }).fill(stamp)
  const list = page.getByRole('table', { name: 'Campaigns' })
  const row = list.getByRole('row', { name: new RegExp(name) })
  await expect(row).toContainText(brand)
  await expect(row).toContainText(`${usd(2_500)} committed of ${usd(10_000)}`)
  await expect(row.getByRole('cell', { name: '3', exact: true })).toBeVisible()
  await page.screenshot({ path: screenshotPath('campaigns-list-found'), fullPage: true })
  expect(errors).toEqual([])
})

test('a seeded campaign reads in the dark theme, and a purchase order adds up its lines', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page, '#/campaigns')
  // A seeded active campaign carries influencers, deals and dates; it is only looked at.
  await page.getByRole('group', { name: 'Filter by status' }).getByText('Active').click()
  await page.getByRole('table', { name: 'Campaigns' }).getByRole('link').first().click()
  // The first read of a large campaign can take a while on a machine busy with other runs.
  await expect(page.getByRole('region', { name: 'Budget' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('list', { name: 'Campaign dates' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Influencers' })).toBeVisible()
  await page.screenshot({ path: screenshotPath('campaign-page-dark'), fullPage: true })

  // Paperwork goes on a campaign of this test's own.
  const name = `Paperwork ${Date.now().toString(36)}`
  await page.getByRole('link', { name: 'Campaigns', exact: true }).first().click()
  await page.getByRole('button', { name: 'New campaign' }).click()
  const form = page.getByRole('dialog', { name: 'New campaign' })
  await form.getByRole('textbox', { name: 'Name' }).fill(name)
  await form.getByRole('button', { name: 'Create campaign' }).click()
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible()

  await page.getByRole('tab', { name: /^Financial documents/ }).click()
  await expect(page.getByText('No purchase orders or invoices')).toBeVisible()
  await page.getByRole('button', { name: 'New PO or invoice' }).click()
  const dialog = page.getByRole('dialog', { name: 'New financial document' })
  await dialog.getByRole('button', { name: 'Create purchase order' }).click()
  await expect(
    dialog.getByText('Add at least one line with a description, quantity and price.'),
  ).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Line 1 item' }).fill('Reels')
  await expect(
    dialog.getByText('Add at least one line with a description, quantity and price.'),
  ).toBeHidden()
  await dialog.getByRole('textbox', { name: 'Line 1 quantity' }).fill('3')
  await dialog.getByRole('textbox', { name: 'Line 1 unit price' }).fill('1500')
  await dialog.getByRole('button', { name: 'Add line' }).click()
  await dialog.getByRole('textbox', { name: 'Line 2 item' }).fill('Story set')
  await dialog.getByRole('textbox', { name: 'Line 2 unit price' }).fill('499.99')
  await expect(dialog.getByTestId('financial-total')).toHaveText(`Total ${usd(4_999.99)}`)
  await page.screenshot({ path: screenshotPath('campaign-po-dark'), fullPage: true })
  await dialog.getByRole('button', { name: 'Create purchase order' }).click()
  await expect(dialog).toBeHidden()
  const po = page.getByRole('table', { name: 'Financial documents' }).getByRole('row', {
    name: /PROV-PO-/,
  })
  await expect(po).toContainText(usd(4_999.99))
  await expect(po).toContainText('Pending')
  await po.getByRole('button', { name: /Change the status of PROV-PO-/ }).click()
  await page.getByRole('menuitem', { name: 'Mark approved' }).click()
  await expect(po).toContainText('Approved')
  expect(errors).toEqual([])
})
