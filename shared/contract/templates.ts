import { z } from 'zod'
import { DocumentKind } from '../domain/enums.ts'
import { crudChannels, Id } from './common.ts'

export const TemplateRow = z.object({
  id: z.string(),
  kind: DocumentKind,
  name: z.string(),
  body: z.string(),
  usageCount: z.number().int(),
  updatedAt: z.string(),
})
export type TemplateRow = z.infer<typeof TemplateRow>

const fields = {
  kind: DocumentKind,
  name: z.string().trim().min(1, 'Name the template').max(200),
  /** Lines of text; `# ` starts a heading, `- ` a bullet, {{campaign.name}} a merge field. */
  body: z.string().max(100_000),
}

/** Document templates; anyone may use them, managers (document.approve) edit them. */
export const templateChannels = {
  'templates.list': {
    input: z.object({ kind: DocumentKind.optional() }),
    output: z.array(TemplateRow),
  },
  'templates.get': { input: z.object({ id: Id }), output: TemplateRow },
  /** Whether the person at this device may shape templates (holds `document.approve`). */
  'templates.mayEdit': { input: z.object({}), output: z.object({ mayEdit: z.boolean() }) },
  ...crudChannels('templates', fields, fields, TemplateRow),
} as const
