import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { openLocalDb } from '../sqlite/open.ts'
import { seedDemoData } from './seed.ts'

/**
 * Fills an empty local database with the demo agency:
 *   CRM_DATA_DIR=.data/web SIZE_INFLUENCERS=100000 tsx db/demo/cli.ts
 * Sizes come from the environment so npm scripts and CI can set them without flags.
 */

const count = (name: string, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} cannot be negative`)
    .max(max, `${name} is at most ${max.toLocaleString('en-US')}`)

const Env = z.object({
  CRM_DATA_DIR: z.string().trim().min(1, 'CRM_DATA_DIR must name a folder').default('.data/web'),
  SIZE_INFLUENCERS: count('SIZE_INFLUENCERS', 1_000_000).default(5_000),
  SIZE_INTERACTIONS: count('SIZE_INTERACTIONS', 10_000_000).optional(),
  SIZE_CAMPAIGNS: count('SIZE_CAMPAIGNS', 10_000).optional(),
  SEED: count('SEED', 2 ** 31 - 1).default(7),
})

// An empty variable (SIZE_CAMPAIGNS=) means "not set", not zero.
const env = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ''))
const parsed = Env.safeParse(env)
if (!parsed.success) {
  console.error('Cannot seed the demo data:')
  for (const issue of parsed.error.issues) console.error(`  ${issue.message}`)
  process.exit(2)
}
const settings = parsed.data

// db/ must not import electron/, so the migrations folder is found from this file.
const migrationsFolder = path.resolve(import.meta.dirname, '../migrations/sqlite')
const dataDir = path.resolve(settings.CRM_DATA_DIR)
const file = path.join(dataDir, 'crm.sqlite')
mkdirSync(dataDir, { recursive: true })

const { db } = openLocalDb({ file, migrationsFolder })
try {
  const existing = db.$client
    .prepare('select name from organizations order by created_at limit 1')
    .get() as { name: string } | undefined
  if (existing) {
    console.error(
      `${file} already holds an organization ("${existing.name}"). Demo data only goes into an empty database: ` +
        'set CRM_DATA_DIR to a new folder, or delete that file first.',
    )
    process.exitCode = 1
  } else {
    console.log(
      `Seeding ${settings.SIZE_INFLUENCERS.toLocaleString('en-US')} influencers into ${file} (seed ${settings.SEED})`,
    )
    const started = performance.now()
    let lastShown = -1
    const counts = seedDemoData(db, {
      influencers: settings.SIZE_INFLUENCERS,
      interactions: settings.SIZE_INTERACTIONS,
      campaigns: settings.SIZE_CAMPAIGNS,
      seed: settings.SEED,
      onProgress: (done, total) => {
        const percent = total === 0 ? 100 : Math.floor((done / total) * 100)
        if (percent === lastShown) return
        lastShown = percent
        if (process.stdout.isTTY) process.stdout.write(`\r  ${percent}%`)
        else if (percent % 10 === 0) console.log(`  ${percent}%`)
      },
    })
    if (process.stdout.isTTY) process.stdout.write('\n')
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    for (const [table, rows] of Object.entries(counts)) {
      console.log(`  ${table.padEnd(26)} ${rows.toLocaleString('en-US').padStart(10)}`)
    }
    console.log(`Done in ${seconds} s.`)
  }
} finally {
  db.$client.close()
}
