import path from 'node:path'
import { z } from 'zod'
import { startHost } from './server.ts'

// Every setting comes from the environment, checked here so a typo fails loudly.
const Env = z.object({
  CRM_DATA_DIR: z.string().min(1).default(path.resolve('.data/web')),
  CRM_PORT: z.coerce.number().int().min(0).max(65535).default(5190),
  CRM_DEMO_INFLUENCERS: z.coerce.number().int().min(0).max(1_000_000).default(200),
  CRM_HOST_TOKEN: z.string().min(16).optional(),
  /** The built renderer; electron-vite's out/renderer unless a build went elsewhere (CRM_OUT_DIR). */
  CRM_OUT_DIR: z.string().min(1).optional(),
})

const parsed = Env.safeParse(process.env)
if (!parsed.success) {
  console.error(`The test host's environment is wrong: ${z.prettifyError(parsed.error)}`)
  process.exit(2)
}
const env = parsed.data

try {
  const host = await startHost({
    dataDir: env.CRM_DATA_DIR,
    port: env.CRM_PORT,
    demoInfluencers: env.CRM_DEMO_INFLUENCERS,
    token: env.CRM_HOST_TOKEN,
    ...(env.CRM_OUT_DIR ? { rendererDir: path.join(env.CRM_OUT_DIR, 'renderer') } : {}),
  })
  console.log(`Influencer CRM (browser) is running with data in ${host.core.dataFile}`)
  console.log(`Open ${host.openUrl}`)
  const stop = () => void host.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
