import { and, asc, desc, eq, isNull, max, sql } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import type { LocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import { CrmError, type ImportReport } from '#shared/contract/index'
import type { Platform } from '#shared/domain/enums'
import type { Handlers } from '../core/dispatch.ts'
import { parseApifyRows } from '../import/apify-rows.ts'
import { parseCsvRows } from '../import/csv-rows.ts'
import {
  accountKey,
  matchKey,
  normalizeCandidate,
  type Candidate,
  type CandidateAccount,
  type SourceRow,
} from '../import/normalize.ts'
import type { WriteTx } from '../store/writer.ts'
import type { ServiceContext } from './context.ts'

/**
 * Rows per transaction: small enough that a 100k-row file never holds the database in one
 * long write (the window stays responsive and progress moves), large enough to be fast.
 * Each batch commits or rolls back as a whole.
 */
export const importBatchSize = 500
/** Refusals kept on the run row; a file of 100k bad rows should not make a 10 MB row. */
const storedRefusalsLimit = 1_000

type Refusal = { row: number; reason: string }
type Outcome = 'created' | 'updated' | 'unchanged' | { refused: string }

const platformLabel: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  twitter: 'X',
  linkedin: 'LinkedIn',
  twitch: 'Twitch',
}

interface IndexEntry {
  influencerId: string
  influencerDeleted: boolean
  accountDeleted?: boolean
}

/**
 * Who is already in the CRM, by lower-cased email and by platform + handle, loaded once so
 * a 100k-row file needs no query per row to find its matches. Rows of the file join it as
 * they are written, so a person twice in one file is merged too. Changes made inside a
 * batch are logged and undone if the batch rolls back.
 */
class MatchIndex {
  readonly emails = new Map<string, IndexEntry>()
  readonly handles = new Map<string, IndexEntry>()
  #undo: (() => void)[] = []

  /**
   * Loads only the people the file can match: one pass over the table with the file's
   * keys, instead of every email and handle of a 100k roster into memory.
   */
  constructor(db: LocalDb, orgId: string, wanted: { emails: string[]; handles: string[] }) {
    const people = db
      .select({
        id: t.influencers.id,
        email: t.influencers.email,
        deletedAt: t.influencers.deletedAt,
      })
      .from(t.influencers)
      .where(
        and(
          eq(t.influencers.orgId, orgId),
          sql`lower(${t.influencers.email}) in (select value from json_each(${JSON.stringify(wanted.emails)}))`,
        ),
      )
      .all()
    for (const p of people) {
      if (!p.email) continue
      const key = matchKey(p.email)
      // Live rows win over tombstones when two differ only by case.
      if (!this.emails.has(key) || !p.deletedAt) {
        this.emails.set(key, { influencerId: p.id, influencerDeleted: p.deletedAt !== null })
      }
    }
    const a = t.influencerAccounts
    const accounts = db
      .select({
        influencerId: a.influencerId,
        platform: a.platform,
        handle: a.handle,
        accountDeletedAt: a.deletedAt,
        influencerDeletedAt: t.influencers.deletedAt,
      })
      .from(a)
      .innerJoin(t.influencers, eq(t.influencers.id, a.influencerId))
      .where(
        and(
          eq(a.orgId, orgId),
          sql`${a.platform} || ':' || lower(${a.handle}) in (select value from json_each(${JSON.stringify(wanted.handles)}))`,
        ),
      )
      .all()
    for (const account of accounts) {
      this.handles.set(accountKey(account.platform, account.handle), {
        influencerId: account.influencerId,
        influencerDeleted: account.influencerDeletedAt !== null,
        accountDeleted: account.accountDeletedAt !== null,
      })
    }
  }

  set(map: Map<string, IndexEntry>, key: string, entry: IndexEntry): void {
    const previous = map.get(key)
    this.#undo.push(() => (previous ? map.set(key, previous) : map.delete(key)))
    map.set(key, entry)
  }

  delete(map: Map<string, IndexEntry>, key: string): void {
    const previous = map.get(key)
    if (!previous) return
    this.#undo.push(() => map.set(key, previous))
    map.delete(key)
  }

  commit(): void {
    this.#undo = []
  }

  rollback(): void {
    for (const undo of this.#undo.reverse()) undo()
    this.#undo = []
  }
}

/** The pipeline's first column, where new people land, and the next free place in it. */
function firstStageOf(db: LocalDb, orgId: string) {
  const stage = db
    .select({ id: t.pipelineStages.id })
    .from(t.pipelineStages)
    .where(and(eq(t.pipelineStages.orgId, orgId), isNull(t.pipelineStages.deletedAt)))
    .orderBy(asc(t.pipelineStages.position))
    .get()
  if (!stage) return null
  const last = db
    .select({ position: max(t.influencerRelationships.position) })
    .from(t.influencerRelationships)
    .where(
      and(
        eq(t.influencerRelationships.stageId, stage.id),
        isNull(t.influencerRelationships.deletedAt),
      ),
    )
    .get()
  return { id: stage.id, nextPosition: Math.floor(last?.position ?? 0) + 1 }
}

interface RunState {
  orgId: string
  userId: string | null
  source: 'import' | 'apify'
  index: MatchIndex
  stage: { id: string; nextPosition: number } | null
}

/** The fields an import may set on an influencer; the file only fills or changes, never blanks. */
const mergedFields = [
  'email',
  'phone',
  'bio',
  'country',
  'language',
  'primaryPlatform',
  'profileUrl',
  'followers',
  'engagementRate',
] as const

/** A social account of the influencer, and the match index told of its handle. */
function addAccount(tx: WriteTx, state: RunState, influencerId: string, a: CandidateAccount) {
  tx.insert(t.influencerAccounts, {
    id: newId(),
    orgId: state.orgId,
    influencerId,
    platform: a.platform,
    handle: a.handle,
    url: a.url,
    followers: a.followers,
    verified: a.verified,
  })
  state.index.set(state.index.handles, accountKey(a.platform, a.handle), {
    influencerId,
    influencerDeleted: false,
  })
}

function createInfluencer(tx: WriteTx, state: RunState, c: Candidate): Outcome {
  const { index } = state
  const influencerId = newId()
  tx.insert(t.influencers, {
    id: influencerId,
    orgId: state.orgId,
    name: c.name,
    email: c.email,
    phone: c.phone,
    bio: c.bio,
    country: c.country,
    language: c.language,
    nicheTags: c.nicheTags,
    primaryPlatform: c.primaryPlatform,
    profileUrl: c.profileUrl,
    followers: c.followers ?? 0,
    engagementRate: c.engagementRate,
    source: state.source,
  })
  if (c.email)
    index.set(index.emails, matchKey(c.email), { influencerId, influencerDeleted: false })
  for (const a of c.accounts) addAccount(tx, state, influencerId, a)
  if (state.stage) {
    tx.insert(t.influencerRelationships, {
      id: newId(),
      orgId: state.orgId,
      influencerId,
      ownerId: state.userId,
      stageId: state.stage.id,
      position: state.stage.nextPosition++,
    })
  }
  return 'created'
}

function updateInfluencer(
  tx: WriteTx,
  state: RunState,
  influencerId: string,
  c: Candidate,
): Outcome {
  const { index } = state
  const existing = tx.db
    .select()
    .from(t.influencers)
    .where(eq(t.influencers.id, influencerId))
    .get()
  if (!existing) return { refused: 'The influencer this row matches no longer exists.' }
  const patch: Partial<typeof t.influencers.$inferInsert> = {}
  if (!c.nameFromHandle && c.name !== existing.name) patch.name = c.name
  for (const field of mergedFields) {
    const value = c[field]
    if (value !== null && value !== existing[field]) Object.assign(patch, { [field]: value })
  }
  // Taken from one account, not given for the person: fill gaps, never overwrite.
  if (c.derived.primaryPlatform && existing.primaryPlatform) delete patch.primaryPlatform
  if (c.derived.profileUrl && existing.profileUrl) delete patch.profileUrl
  const followersOf = c.derived.followersOf
  if (
    followersOf &&
    existing.followers > 0 &&
    existing.primaryPlatform &&
    existing.primaryPlatform !== followersOf
  ) {
    delete patch.followers
  }
  const tags = [...new Set([...existing.nicheTags, ...c.nicheTags])]
  if (tags.length !== existing.nicheTags.length) patch.nicheTags = tags
  let changed = false
  if (Object.keys(patch).length > 0) {
    tx.update(t.influencers, influencerId, patch)
    changed = true
    if (patch.email) {
      if (existing.email) index.delete(index.emails, matchKey(existing.email))
      index.set(index.emails, matchKey(patch.email), { influencerId, influencerDeleted: false })
    }
  }
  const accounts = tx.db
    .select()
    .from(t.influencerAccounts)
    .where(eq(t.influencerAccounts.influencerId, influencerId))
    .all()
  for (const a of c.accounts) {
    const key = accountKey(a.platform, a.handle)
    const mine = accounts.find((x) => accountKey(x.platform, x.handle) === key)
    if (!mine) {
      addAccount(tx, state, influencerId, a)
      changed = true
      continue
    }
    if (mine.deletedAt) {
      // The file says this account is theirs again: bring back the removed one.
      tx.restore(t.influencerAccounts, mine.id)
      index.set(index.handles, key, { influencerId, influencerDeleted: false })
      changed = true
    }
    const accountPatch: Partial<typeof t.influencerAccounts.$inferInsert> = {}
    if (a.followers !== null && a.followers !== mine.followers) accountPatch.followers = a.followers
    if (!mine.url) accountPatch.url = a.url
    if (a.verified && !mine.verified) accountPatch.verified = true
    if (Object.keys(accountPatch).length > 0) {
      tx.update(t.influencerAccounts, mine.id, accountPatch)
      changed = true
    }
  }
  return changed ? 'updated' : 'unchanged'
}

/** Matches a row by email or handle, then creates, merges or refuses it. */
function applyRow(tx: WriteTx, state: RunState, c: Candidate): Outcome {
  const { index } = state
  const matches = new Set<string>()
  if (c.email) {
    const hit = index.emails.get(matchKey(c.email))
    if (hit?.influencerDeleted) {
      return {
        refused: `The email ${c.email} belongs to an influencer who was deleted. Restore them first, then import again.`,
      }
    }
    if (hit) matches.add(hit.influencerId)
  }
  for (const a of c.accounts) {
    const hit = index.handles.get(accountKey(a.platform, a.handle))
    if (!hit) continue
    const label = `${platformLabel[a.platform]} handle @${a.handle}`
    if (hit.influencerDeleted) {
      return {
        refused: `The ${label} belongs to an influencer who was deleted. Restore them first, then import again.`,
      }
    }
    if (!hit.accountDeleted) matches.add(hit.influencerId)
  }
  if (matches.size > 1) {
    return {
      refused:
        'Its email and handles belong to different influencers already in the CRM. Fix the row, or merge those influencers first.',
    }
  }
  const [match] = matches
  // A handle held by a removed account of someone else cannot be reused by this row.
  for (const a of c.accounts) {
    const hit = index.handles.get(accountKey(a.platform, a.handle))
    if (hit?.accountDeleted && hit.influencerId !== match) {
      return {
        refused: `The ${platformLabel[a.platform]} handle @${a.handle} was removed from another influencer; restore it there or use another handle.`,
      }
    }
  }
  return match ? updateInfluencer(tx, state, match, c) : createInfluencer(tx, state, c)
}

const reportOf = (
  run: typeof t.importRuns.$inferSelect,
): ImportReport & {
  fileName: string | null
  startedAt: string
} => ({
  runId: run.id,
  status: run.status as ImportReport['status'],
  totalRows: run.totalRows,
  created: run.createdCount,
  updated: run.updatedCount,
  refused: run.refusals,
  fileName: run.fileName,
  startedAt: run.startedAt,
})

export function importService(ctx: ServiceContext) {
  const { db, writer, progress } = ctx

  async function importInfluencers(input: {
    format: 'csv' | 'apify'
    fileName: string
    content: string
  }): Promise<ImportReport> {
    // Parsing comes first: a file that cannot be read as a whole is refused with nothing written.
    const rows: SourceRow[] =
      input.format === 'csv' ? parseCsvRows(input.content) : parseApifyRows(input.content)
    const checked = rows.map((source) =>
      'error' in source
        ? { row: source.row, ok: false as const, reason: source.error }
        : { row: source.row, ...normalizeCandidate(source.raw) },
    )
    const wanted = { emails: new Set<string>(), handles: new Set<string>() }
    for (const c of checked) {
      if (!c.ok) continue
      if (c.candidate.email) wanted.emails.add(matchKey(c.candidate.email))
      for (const a of c.candidate.accounts) wanted.handles.add(accountKey(a.platform, a.handle))
    }
    const orgId = ctx.orgId()
    const runId = newId()
    const task = `import:${runId}`
    const label = 'Importing influencers'
    const state: RunState = {
      orgId,
      userId: ctx.userId(),
      source: input.format === 'csv' ? 'import' : 'apify',
      index: new MatchIndex(db, orgId, {
        emails: [...wanted.emails],
        handles: [...wanted.handles],
      }),
      stage: firstStageOf(db, orgId),
    }
    writer.write((tx) =>
      tx.insert(t.importRuns, {
        id: runId,
        orgId,
        userId: state.userId,
        source: input.format,
        fileName: input.fileName,
        status: 'running',
        startedAt: ctx.now().toISOString(),
        totalRows: rows.length,
      }),
    )
    let created = 0
    let updated = 0
    const refused: Refusal[] = []
    const count = (row: number, outcome: Outcome) => {
      if (outcome === 'created') created++
      else if (outcome === 'updated') updated++
      else if (typeof outcome === 'object') refused.push({ row, reason: outcome.refused })
    }
    progress.emit({ task, label, done: 0, total: rows.length })
    try {
      for (let start = 0; start < rows.length; start += importBatchSize) {
        const batch: { row: number; candidate: Candidate }[] = []
        for (const c of checked.slice(start, start + importBatchSize)) {
          if (c.ok) batch.push({ row: c.row, candidate: c.candidate })
          else refused.push({ row: c.row, reason: c.reason })
        }
        const stageBefore = state.stage?.nextPosition
        try {
          const outcomes = writer.write((tx) =>
            batch.map(({ row, candidate }) => ({ row, outcome: applyRow(tx, state, candidate) })),
          )
          state.index.commit()
          for (const { row, outcome } of outcomes) count(row, outcome)
        } catch (error) {
          if (!(error instanceof CrmError)) throw error
          // A rule of the data broke somewhere in the batch and it rolled back: redo its
          // rows one by one, so only the row at fault is refused.
          state.index.rollback()
          if (state.stage && stageBefore !== undefined) state.stage.nextPosition = stageBefore
          for (const { row, candidate } of batch) {
            try {
              count(
                row,
                writer.write((tx) => applyRow(tx, state, candidate)),
              )
              state.index.commit()
            } catch (rowError) {
              if (!(rowError instanceof CrmError)) throw rowError
              state.index.rollback()
              refused.push({ row, reason: rowError.message })
            }
          }
        }
        progress.emit({
          task,
          label,
          done: Math.min(rows.length, start + importBatchSize),
          total: rows.length,
        })
        // Let the event loop breathe between batches: progress reaches the window and
        // other calls are answered while a big file is imported.
        await new Promise((resolve) => setImmediate(resolve))
      }
    } catch (error) {
      finish(runId, 'failed', { created, updated, refused }, error)
      throw error
    }
    refused.sort((a, b) => a.row - b.row)
    finish(runId, 'succeeded', { created, updated, refused })
    return {
      runId,
      status: 'succeeded',
      totalRows: rows.length,
      created,
      updated,
      refused,
    }
  }

  /** Closes the run's record; on failure says why, for the import history. */
  function finish(
    runId: string,
    status: 'succeeded' | 'failed',
    counts: { created: number; updated: number; refused: Refusal[] },
    error?: unknown,
  ): void {
    const stored = counts.refused.slice(0, storedRefusalsLimit)
    const messages = [
      error instanceof Error ? `Stopped: ${error.message}` : null,
      counts.refused.length > stored.length
        ? `Showing the first ${stored.length} of ${counts.refused.length} refused rows.`
        : null,
    ].filter(Boolean)
    const patch = {
      status,
      finishedAt: ctx.now().toISOString(),
      createdCount: counts.created,
      updatedCount: counts.updated,
      refusedCount: counts.refused.length,
      refusals: stored,
      statusMessage: messages.length > 0 ? messages.join(' ') : null,
    }
    try {
      writer.write((tx) => tx.update(t.importRuns, runId, patch))
    } catch (recordError) {
      // The original error is the one worth reporting; a failed bookkeeping write must not hide it.
      if (status === 'succeeded') throw recordError
    }
  }

  return {
    'imports.influencers': (input) => importInfluencers(input),

    /** The latest imports first; the history screen shows a page, not every run ever. */
    'imports.list': () =>
      db
        .select()
        .from(t.importRuns)
        .where(and(eq(t.importRuns.orgId, ctx.orgId()), isNull(t.importRuns.deletedAt)))
        .orderBy(desc(t.importRuns.startedAt), desc(t.importRuns.id))
        .limit(100)
        .all()
        .map(reportOf),
  } satisfies Partial<Handlers>
}
