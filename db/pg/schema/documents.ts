import { check, index, integer, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core'
import { documentKinds, documentStatuses, visibilities } from '#shared/domain/enums'
import { bytea, id, inList, orgId, syncedColumns } from '../columns.ts'
import { organizations, users } from './access.ts'
import { campaigns } from './campaigns.ts'
import { influencers } from './influencers.ts'

const org = () => organizations.id

/** Templates with merge fields such as {{influencer.name}} (seed 004's content_templates). */
export const documentTemplates = pgTable(
  'document_templates',
  {
    id: id(),
    orgId: orgId(org),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    body: text('body').notNull(),
    usageCount: integer('usage_count').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...syncedColumns(),
  },
  (t) => [
    index('document_templates_org_kind_idx').on(t.orgId, t.kind),
    check('document_templates_kind_check', inList(t.kind, documentKinds)),
  ],
)

export const documents = pgTable(
  'documents',
  {
    id: id(),
    orgId: orgId(org),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default('draft'),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    influencerId: uuid('influencer_id').references(() => influencers.id, { onDelete: 'set null' }),
    templateId: uuid('template_id').references(() => documentTemplates.id, {
      onDelete: 'set null',
    }),
    /** Plain text of the body, kept for search and lists; the body itself is CRDT updates. */
    preview: text('preview').notNull().default(''),
    pdfPath: text('pdf_path'),
    visibility: text('visibility').notNull().default('team'),
    ...syncedColumns(),
  },
  (t) => [
    index('documents_org_kind_idx').on(t.orgId, t.kind),
    index('documents_campaign_idx').on(t.campaignId),
    index('documents_influencer_idx').on(t.influencerId),
    check('documents_kind_check', inList(t.kind, documentKinds)),
    check('documents_status_check', inList(t.status, documentStatuses)),
    check('documents_visibility_check', inList(t.visibility, visibilities)),
  ],
)

/** Append-only Yjs updates of a document's body: merged, never overwritten. */
export const documentUpdates = pgTable(
  'document_updates',
  {
    id: id(),
    orgId: orgId(org),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    update: bytea('update').notNull(),
    ...syncedColumns(),
  },
  (t) => [index('document_updates_document_idx').on(t.documentId, t.createdAt)],
)

/** Named snapshots (seed 004's content versions); restoring one is a new edit. */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: id(),
    orgId: orgId(org),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    // No foreign key: mirrors the SQLite schema, which declares none here.
    parentVersionId: uuid('parent_version_id').references((): AnyPgColumn => documentVersions.id, {
      onDelete: 'set null',
    }),
    name: text('name').notNull(),
    snapshot: bytea('snapshot').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...syncedColumns(),
  },
  (t) => [index('document_versions_document_idx').on(t.documentId, t.createdAt)],
)
