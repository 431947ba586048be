import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import type { TemplateRow } from '#shared/contract/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { requirePermission, userPermissions } from './permissions.ts'
import { defined, ownRow, requireRow } from './rows.ts'

const tpl = t.documentTemplates
const columns = {
  id: tpl.id,
  kind: tpl.kind,
  name: tpl.name,
  body: tpl.body,
  // How many live documents were made from it, counted here: a device never writes a count
  // (members may not write templates, and counts written by several devices lose updates).
  usageCount: sql<number>`(select count(*) from documents d where d.template_id = document_templates.id and d.deleted_at is null)`,
  updatedAt: tpl.updatedAt,
}

/** Document templates: everyone drafts from them; managers (document.approve) shape them. */
export function templateService({ db, writer, orgId, userId }: ServiceContext) {
  const read = (id: string) =>
    db.select(columns).from(tpl).where(eq(tpl.id, id)).get() as TemplateRow
  const mayEdit = () => requirePermission(db, userId(), 'document.approve', 'edit templates')

  return {
    'templates.list': ({ kind }) =>
      db
        .select(columns)
        .from(tpl)
        .where(
          and(eq(tpl.orgId, orgId()), isNull(tpl.deletedAt), kind ? eq(tpl.kind, kind) : undefined),
        )
        .orderBy(asc(tpl.kind), asc(tpl.name))
        .all() as TemplateRow[],

    'templates.get': ({ id }) => {
      requireRow(db, tpl, id, orgId(), 'template')
      return read(id)
    },

    'templates.mayEdit': () => ({
      mayEdit: userPermissions(db, userId()).has('document.approve'),
    }),

    'templates.create': (input) => {
      mayEdit()
      const id = newId()
      writer.write((tx) => tx.insert(tpl, { id, orgId: orgId(), createdBy: userId(), ...input }))
      return read(id)
    },

    'templates.update': ({ id, patch }) => {
      mayEdit()
      requireRow(db, tpl, id, orgId(), 'template')
      writer.write((tx) => tx.update(tpl, id, defined(patch)))
      return read(id)
    },

    'templates.delete': ({ id }) => {
      mayEdit()
      requireRow(db, tpl, id, orgId(), 'template')
      writer.write((tx) => tx.remove(tpl, id))
      return { id }
    },

    'templates.restore': ({ id }) => {
      mayEdit()
      ownRow(db, tpl, id, orgId(), 'template')
      writer.write((tx) => tx.restore(tpl, id))
      return { id }
    },
  } satisfies Partial<Handlers>
}
