import { expect, test, type Page } from '@playwright/test'
import { openApp, openTestDb, screenshotPath } from './app.ts'

/**
 * A seeded influencer with a pipeline card and some history, read from the database. Each
 * journey takes its own (by place in the alphabet), so other specs' influencers stay as they were.
 */
function seededInfluencer(place: number): { id: string; name: string } {
  const db = openTestDb()
  const row = db
    .prepare(
      `select i.id, i.name from influencers i
       join influencer_relationships r on r.influencer_id = i.id and r.deleted_at is null
       where i.deleted_at is null
         and exists (select 1 from interactions x where x.influencer_id = i.id and x.deleted_at is null)
       order by i.name limit 1 offset ?`,
    )
    .get(place) as { id: string; name: string }
  db.close()
  return row
}

async function openInfluencer(page: Page, id: string, name: string) {
  await openApp(page, `#/influencers/${id}`)
  await expect(page.getByRole('heading', { name, exact: true, level: 2 })).toBeVisible()
}

test('log a call from the influencer page: it tops the timeline and sets last contacted', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const { id, name } = seededInfluencer(7)
  await openInfluencer(page, id, name)
  const timeline = page.getByRole('list', { name: 'Interactions' })
  await expect(timeline.getByRole('listitem').first()).toBeVisible()

  await page.getByRole('button', { name: 'Log interaction' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Log interaction' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('combobox', { name: 'Influencer' })).toHaveValue(name)
  await dialog.getByRole('radio', { name: 'Call' }).check({ force: true })
  const subject = `Rates for the spring launch ${Date.now().toString(36)}`
  await dialog.getByRole('textbox', { name: 'Subject' }).fill(subject)
  await dialog.getByRole('button', { name: 'Save interaction' }).click()
  await expect(dialog).toBeHidden()

  const expectCallOnTop = async () => {
    const top = timeline.getByRole('listitem').first()
    await expect(top.getByTestId('interaction-subject')).toHaveText(subject)
    await expect(top.getByTestId('interaction-type')).toHaveText('Call')
    const when = top.locator('time')
    await expect(when).toHaveText(/^today at \d/)
    // Last contacted is this very call: the same instant, shown the same way.
    await expect(page.getByTestId('last-contacted')).toHaveText((await when.textContent())!)
  }
  await expectCallOnTop()
  await page.screenshot({ path: screenshotPath('influencer-page-call-logged'), fullPage: true })

  await page.reload()
  await expect(page.getByRole('heading', { name, exact: true, level: 2 })).toBeVisible()
  await expectCallOnTop()

  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await page.screenshot({ path: screenshotPath('influencer-page-dark'), fullPage: true })
  expect(errors).toEqual([])
})

test('the page shows the profile, relationship, campaigns and documents of a seeded influencer', async ({
  page,
}) => {
  const db = openTestDb()
  // Someone under contract: they have a campaign and a document to show.
  const contracted = db
    .prepare(
      `select i.id, i.name, d.title, c.name as campaign from documents d
       join influencers i on i.id = d.influencer_id and i.deleted_at is null
       join campaigns c on c.id = d.campaign_id
       where d.deleted_at is null and d.kind = 'contract' order by i.name limit 1`,
    )
    .get() as { id: string; name: string; title: string; campaign: string }
  const stage = db
    .prepare(
      `select s.name from influencer_relationships r join pipeline_stages s on s.id = r.stage_id
       where r.influencer_id = ? and r.deleted_at is null`,
    )
    .get(contracted.id) as { name: string }
  db.close()

  await openInfluencer(page, contracted.id, contracted.name)
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue(stage.name)
  const campaigns = page.getByRole('list', { name: 'Campaigns' })
  await expect(campaigns.getByRole('link', { name: contracted.campaign })).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'Documents' }).getByText(contracted.title),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: 'Profile' }).getByText('Rate card')).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Stats history' }).locator('svg').first(),
  ).toBeVisible()
  await page.screenshot({ path: screenshotPath('influencer-page'), fullPage: true })

  await campaigns.getByRole('link', { name: contracted.campaign }).click()
  await expect(page).toHaveURL(/#\/campaigns\/[0-9a-f-]{36}$/)
})

test('delete asks first, goes back to the list, and Undo brings the influencer back', async ({
  page,
}) => {
  const { id, name } = seededInfluencer(8)
  await openInfluencer(page, id, name)
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const confirm = page.getByRole('dialog', { name: `Delete ${name}?` })
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page).toHaveURL(/#\/influencers$/)
  await expect(page.getByText(`Deleted ${name}`)).toBeVisible()

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText(`Undone: Deleted ${name}`)).toBeVisible()
  await openInfluencer(page, id, name)
  // Back in the pipeline too, not only in the list.
  await expect(page.getByTestId('last-contacted')).toBeVisible()

  await openApp(page, '#/influencers/00000000-0000-7000-8000-000000000000')
  await expect(page.getByText('This influencer is not here')).toBeVisible()
  await page.getByRole('link', { name: 'Back to influencers' }).click()
  await expect(page).toHaveURL(/#\/influencers$/)
})
