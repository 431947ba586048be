import type Database from 'better-sqlite3'

/*
 * The full-text index (migration 0001) filled in one pass. A first download from the
 * server pauses the per-row triggers (device_state.search_paused, migration 0005) and
 * calls this once at its end: one bulk build instead of hundreds of thousands of small
 * index updates spread over hundreds of commits.
 */

export function pauseSearchIndex(sqlite: Database.Database): void {
  sqlite.prepare('update device_state set search_paused = 1 where id = 1').run()
}

/** Rebuilds every search table from its rows and resumes the triggers; call in a transaction. */
export function rebuildSearchIndex(sqlite: Database.Database): void {
  sqlite.exec(`
    delete from influencer_search;
    insert into influencer_search(rowid, influencer_id, name, handles, bio, niche_tags)
      select i.rowid, i.id, i.name,
        (select group_concat(handle, ' ') from influencer_accounts a
          where a.influencer_id = i.id and a.deleted_at is null),
        i.bio, i.niche_tags
      from influencers i;
    insert into interaction_search(interaction_search) values ('rebuild');
    insert into document_search(document_search) values ('rebuild');
    update device_state set search_paused = 0 where id = 1;
  `)
}

/**
 * Sync stopped for good before the first download finished (signed out, outdated, the
 * session ended): what did arrive, and what the user writes from now on, is searchable.
 */
export function resumeSearchIndex(sqlite: Database.Database): void {
  const paused = sqlite.prepare('select search_paused as p from device_state').get() as
    { p: number } | undefined
  if (paused?.p) sqlite.transaction(() => rebuildSearchIndex(sqlite))()
}
