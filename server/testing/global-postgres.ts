import type { TestProject } from 'vitest/node'
import { startTestPostgres } from '#db/pg/test-server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL 15 server started once for the whole run; tests make databases in it. */
    postgresUrl: string
  }
}

/** vitest globalSetup: one real PostgreSQL for every server suite instead of one per file. */
export default async function setup(project: TestProject) {
  const server = await startTestPostgres()
  project.provide('postgresUrl', server.url)
  return () => server.stop()
}
