import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { openApp, openTestDb, screenshotPath } from './app.ts'

// Money shows as the browser (and main) format it; the test host reads en-US.
const money = (minor: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(minor / 100)

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

interface Deal {
  campaignId: string
  campaign: string
  influencerId: string
  influencer: string
  fee: string
}

/**
 * A campaign influencer with an open offer, read from the database: the fee a contract
 * for them must state is their latest offer's price. Names that occur once, so picking by
 * name in the dialog picks this pair.
 */
function someDeal(): Deal {
  const db = openTestDb()
  try {
    const pair = db
      .prepare(
        `select c.id as campaignId, c.name as campaign, i.id as influencerId, i.name as influencer
           from campaign_influencers ci
           join campaigns c on c.id = ci.campaign_id and c.deleted_at is null
           join influencers i on i.id = ci.influencer_id and i.deleted_at is null
          where ci.deleted_at is null
            and c.currency in ('USD', 'EUR', 'GBP', 'CAD', 'AUD')
            and exists (select 1 from offers o where o.campaign_id = c.id
                          and o.influencer_id = i.id and o.deleted_at is null
                          and o.status not in ('rejected', 'expired'))
            and (select count(*) from campaigns c2 where c2.name = c.name and c2.deleted_at is null) = 1
            and (select count(*) from influencers i2 where i2.name = i.name and i2.deleted_at is null) = 1
          order by c.name, i.name
          limit 1`,
      )
      .get() as Omit<Deal, 'fee'> | undefined
    if (!pair) throw new Error('The demo data has no campaign influencer with an open offer')
    const offer = db
      .prepare(
        `select price, currency from offers
          where campaign_id = ? and influencer_id = ? and deleted_at is null
            and status not in ('rejected', 'expired')
          order by version desc, created_at desc limit 1`,
      )
      .get(pair.campaignId, pair.influencerId) as { price: number; currency: string }
    return { ...pair, fee: money(offer.price, offer.currency) }
  } finally {
    db.close()
  }
}

const pdfPathOf = (id: string): string | null => {
  const db = openTestDb()
  try {
    return (
      db.prepare('select pdf_path from documents where id = ?').get(id) as {
        pdf_path: string | null
      }
    ).pdf_path
  } finally {
    db.close()
  }
}

test('draft a creator contract from the template, approve it and export it to PDF', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const deal = someDeal()
  const stamp = Date.now().toString(36)
  const sentence = `Exclusivity: no competing skincare posts for 30 days (ref ${stamp}).`

  await openApp(page, '#/documents')
  await expect(page.getByRole('heading', { name: 'Documents', level: 2 })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Documents' })).toBeVisible()
  await page.screenshot({ path: screenshotPath('documents-list') })

  // Mod+N on this screen opens the form, as on the other lists.
  await page.keyboard.press('Control+n')
  const form = page.getByRole('dialog', { name: 'New document' })
  await expect(form).toBeVisible()
  await form.getByRole('combobox', { name: 'Kind' }).click()
  await page.getByRole('option', { name: 'Contract', exact: true }).click()
  await form.getByRole('combobox', { name: 'Template' }).click()
  await page.getByRole('option', { name: 'Creator agreement' }).click()
  await form.getByRole('combobox', { name: 'Campaign' }).fill(deal.campaign)
  await page.getByRole('option', { name: new RegExp(`^${escape(deal.campaign)}`) }).click()
  // The campaign's own people come first.
  await form.getByRole('combobox', { name: 'Influencer' }).click()
  await expect(page.getByText(`In ${deal.campaign}`, { exact: true })).toBeVisible()
  await page.getByRole('option', { name: deal.influencer, exact: true }).click()
  await page.screenshot({ path: screenshotPath('documents-new') })
  await form.getByRole('button', { name: 'Create document' }).click()

  // The editor opens with the merge fields filled from the campaign, influencer and offer.
  await expect(page).toHaveURL(/#\/documents\/[0-9a-f-]{36}$/)
  const id = page.url().split('/').at(-1)!
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(
    `Creator agreement: ${deal.influencer}`,
  )
  const text = page.getByRole('textbox', { name: 'Document text' })
  await expect(text).toContainText(deal.influencer, { timeout: 20_000 })
  await expect(text).toContainText(`a fee of ${deal.fee}`)
  await expect(text).toContainText(deal.campaign)
  await expect(text).not.toContainText('{{influencer.name}}')
  await expect(page.getByText('Draft', { exact: true }).first()).toBeVisible()
  await expect(page.getByText('Saved on this device')).toBeVisible()

  // Typing is stored locally: the indicator says so, and main's history holds it.
  await text.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(sentence)
  await expect(text).toContainText(sentence)
  await expect(page.getByText('Saved on this device')).toBeVisible()
  await page.screenshot({ path: screenshotPath('document-editor-draft') })

  // Review, then approval: the text becomes a record the editor no longer changes.
  await page.getByRole('button', { name: 'Send for review' }).click()
  await expect(page.getByRole('button', { name: 'Approve' })).toBeVisible()
  await page.getByRole('button', { name: 'Approve' }).click()
  await expect(page.getByTestId('read-only-note')).toContainText('This document is approved')
  await expect(page.getByRole('button', { name: 'Mark sent' })).toBeVisible()
  await expect(text).toHaveAttribute('contenteditable', 'false')

  // Reopened, the typed sentence is there: it was stored, not just shown.
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Document text' })).toContainText(sentence, {
    timeout: 20_000,
  })

  await page.getByRole('button', { name: 'Export PDF' }).click()
  await expect(page.getByText('PDF saved')).toBeVisible({ timeout: 30_000 })
  const shown = page.getByTestId('pdf-path')
  await expect(shown).toContainText('.pdf')
  const path = pdfPathOf(id)
  expect(path).toBeTruthy()
  await expect(shown).toHaveText(`Last exported to ${path}`)
  expect(existsSync(path!)).toBe(true)
  await page.screenshot({ path: screenshotPath('document-editor'), fullPage: true })

  const pdfText = execFileSync('pdftotext', ['-layout', path!, '-'], { encoding: 'utf8' })
  const flat = pdfText.replace(/\s+/g, ' ')
  expect(flat).toContain(deal.influencer)
  expect(flat).toContain(deal.fee)
  expect(flat).toContain(sentence)
  expect(flat).toContain('Creator agreement')

  // The list finds it by a word only its text holds.
  await page.getByRole('link', { name: 'Documents', exact: true }).first().click()
  await page.getByRole('textbox', { name: 'Search documents' }).fill(`skincare ${stamp}`)
  await expect(page.getByText('1 document matches')).toBeVisible()
  const row = page.getByRole('table', { name: 'Documents' }).getByRole('row').nth(1)
  await expect(
    row.getByRole('link', { name: `Creator agreement: ${deal.influencer}`, exact: true }),
  ).toBeVisible()
  await expect(row).toContainText('Approved')
  await expect(row).toContainText('Contract')
  await expect(row).toContainText(deal.campaign)
  await page.screenshot({ path: screenshotPath('documents-found') })

  // The template it came from, counted as used, editable by this manager with its fields listed.
  await page.getByRole('tab', { name: 'Templates' }).click()
  const template = page
    .getByRole('table', { name: 'Templates' })
    .getByRole('row', { name: /Creator agreement/ })
  await template.getByRole('button', { name: 'Edit the template Creator agreement' }).click()
  const editor = page.getByRole('dialog', { name: 'Edit “Creator agreement”' })
  await expect(editor.getByRole('textbox', { name: /Text/ })).toHaveValue(/\{\{offer\.price\}\}/)
  await expect(editor.getByRole('button', { name: 'Insert {{influencer.name}}' })).toBeVisible()
  await page.screenshot({ path: screenshotPath('document-template') })
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
  expect(errors).toEqual([])
})
