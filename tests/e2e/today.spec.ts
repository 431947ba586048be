import { expect, test } from '@playwright/test'
import { openApp, openTestDb, screenshotPath } from './app.ts'

/** The local day as the screen computes it, to ask the database the same question. */
function localDayBounds() {
  const now = new Date()
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate())
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1)
  return { dayStart: start.toISOString(), dayEnd: new Date(end.getTime() - 1).toISOString() }
}

function dueFromDatabase() {
  const { dayEnd } = localDayBounds()
  const db = openTestDb()
  const followUps = db
    .prepare(
      `select i.name from influencer_relationships r join influencers i on i.id = r.influencer_id
       where r.deleted_at is null and i.deleted_at is null and r.follow_up_date is not null
         and r.follow_up_date <= ? order by r.follow_up_date, i.name`,
    )
    .all(dayEnd) as { name: string }[]
  const tasks = db
    .prepare(
      `select title from tasks where deleted_at is null and done_at is null and due_at is not null
         and due_at <= ? order by due_at, title`,
    )
    .all(dayEnd) as { title: string }[]
  db.close()
  return { followUps: followUps.map((f) => f.name), tasks: tasks.map((t) => t.title) }
}

test('Today lists the follow-ups and tasks due, reminds once, and Done can be undone', async ({
  page,
}) => {
  const due = dueFromDatabase()
  expect(due.followUps.length).toBeGreaterThan(0)
  await openApp(page, '#/today')

  // The reminder names what the database holds as due.
  const reminder = page.getByRole('alert').filter({ hasText: 'Due today' })
  await expect(reminder).toContainText(
    `${due.followUps.length} follow-up${due.followUps.length === 1 ? '' : 's'}`,
  )

  const followUps = page.getByRole('region', { name: 'Follow-ups' })
  await expect(followUps.getByRole('link')).toHaveText(due.followUps)
  const tasks = page.getByRole('region', { name: 'Tasks' })
  if (due.tasks.length) await expect(tasks.getByText(due.tasks[0]!)).toBeVisible()
  await page.screenshot({ path: screenshotPath('today'), fullPage: true })

  const first = due.followUps[0]!
  const item = page.getByLabel(`Follow up with ${first}`)
  await item.getByRole('button', { name: 'Done' }).click()
  await expect(item).toBeHidden()
  await expect(page.getByText(`Follow-up with ${first} done`)).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByLabel(`Follow up with ${first}`)).toBeVisible()
  expect(dueFromDatabase().followUps).toEqual(due.followUps)

  // A reload in the same session does not nag again.
  await page.reload()
  await expect(followUps.getByRole('link').first()).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'Due today' })).toHaveCount(0)
})
