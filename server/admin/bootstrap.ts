import { uuidv7 } from 'uuidv7'
import { z } from 'zod'
import { defaultStages } from '#db/demo/agency-profile'
import { defaultTemplates } from '#shared/documents/default-templates'
import { builtInRoles } from '#shared/domain/enums'
import { permissionNames, roleDescriptions, rolePermissions } from '#shared/domain/permissions'
import { normalizeEmail } from '../auth/account.ts'
import { hashPassword, NewPassword } from '../auth/passwords.ts'
import { Email } from '../auth/wire.ts'
import type { Sql } from '../db/sql.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import { insertUser, isUniqueViolation } from './users.ts'

/*
 * First-run commands: the permissions and built-in roles every organization shares, a new
 * organization with its first admin, a user. They run as the database owner (plain
 * transactions): they create what row-level security is keyed on.
 */

/**
 * Brings permissions, the built-in roles and their grants in line with
 * shared/domain/permissions.ts. Safe to run on every start, from several instances at once:
 * it inserts what is missing, revives what was tombstoned, tombstones grants the code no
 * longer gives, and leaves unchanged rows untouched (devices hear only of real changes).
 */
export async function ensureBuiltInRoles(sql: Sql): Promise<void> {
  const permissions = Object.entries(permissionNames).map(([name, description]) => ({
    id: uuidv7(),
    name,
    description,
  }))
  const roles = builtInRoles.map((name) => ({
    id: uuidv7(),
    name,
    description: roleDescriptions[name],
  }))
  const grants = builtInRoles.flatMap((role) =>
    rolePermissions[role].map((permission) => ({ id: uuidv7(), role, permission })),
  )
  await sql.transaction(async (tx) => {
    await tx.query(
      `insert into permissions (id, name, description)
       select id, name, description from jsonb_to_recordset($1::jsonb) as x(id uuid, name text, description text)
       on conflict (name) do update
         set description = excluded.description, deleted_at = null, updated_at = now()
         where permissions.description is distinct from excluded.description
            or permissions.deleted_at is not null`,
      [JSON.stringify(permissions)],
    )
    await tx.query(
      `insert into roles (id, org_id, name, description)
       select id, null, name, description from jsonb_to_recordset($1::jsonb) as x(id uuid, name text, description text)
       on conflict (name) where org_id is null do update
         set description = excluded.description, deleted_at = null, updated_at = now()
         where roles.description is distinct from excluded.description
            or roles.deleted_at is not null`,
      [JSON.stringify(roles)],
    )
    await tx.query(
      `insert into role_permissions (id, role_id, permission_id)
       select x.id, r.id, p.id
         from jsonb_to_recordset($1::jsonb) as x(id uuid, role text, permission text)
         join roles r on r.org_id is null and r.name = x.role
         join permissions p on p.name = x.permission
       on conflict (role_id, permission_id) do update
         set deleted_at = null, updated_at = now()
         where role_permissions.deleted_at is not null`,
      [JSON.stringify(grants)],
    )
    await tx.query(
      `update role_permissions rp set deleted_at = now(), updated_at = now()
         from roles r, permissions p
        where rp.role_id = r.id and r.org_id is null and rp.permission_id = p.id
          and rp.deleted_at is null
          and not exists (
            select 1 from jsonb_to_recordset($1::jsonb) as x(role text, permission text)
             where x.role = r.name and x.permission = p.name)`,
      [JSON.stringify(grants)],
    )
  })
}

/** Whatever the runtime's time-zone database knows, aliases included. */
const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const Name = z.string().trim().min(1, 'Enter a name').max(200)

const OrganizationInput = z.object({
  name: Name,
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single dashes')
    .max(60)
    .optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 code such as USD')
    .default('USD'),
  timezone: z
    .string()
    .refine(isTimeZone, { message: 'Expected an IANA time zone such as Europe/Paris' })
    .default('UTC'),
  admin: z.object({ email: Email, name: Name, password: NewPassword }),
})
export type OrganizationInput = z.input<typeof OrganizationInput>

/** "Studio Nord & Co." → "studio-nord-co": the default slug. */
export const slugify = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'workspace'

const slugTaken = (slug: string) =>
  new HttpError(
    409,
    'slug_taken',
    `An organization with the slug "${slug}" already exists; choose another slug.`,
  )

/**
 * A new organization with the default pipeline columns and its first admin, in one
 * transaction: 409 `slug_taken` or `email_taken` leaves nothing behind.
 */
export async function createOrganization(
  sql: Sql,
  input: OrganizationInput,
): Promise<{ orgId: string; adminUserId: string }> {
  const org = parseInput(OrganizationInput, input, 'organization')
  const slug = org.slug ?? slugify(org.name)
  await ensureBuiltInRoles(sql)
  // Hashed before the transaction: no connection waits on a deliberately slow hash.
  const passwordHash = await hashPassword(org.admin.password)
  const orgId = uuidv7()
  return sql.transaction(async (tx) => {
    const [existing] = await tx.query(`select 1 from organizations where slug = $1`, [slug])
    if (existing) throw slugTaken(slug)
    try {
      await tx.query(
        `insert into organizations (id, name, slug, currency, timezone) values ($1, $2, $3, $4, $5)`,
        [orgId, org.name, slug, org.currency, org.timezone],
      )
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken(slug)
      throw error
    }
    const stages = defaultStages.map((stage, position) => ({ id: uuidv7(), position, ...stage }))
    await tx.query(
      `insert into pipeline_stages (id, org_id, name, position, kind, color)
       select id, $2, name, position, kind, color
         from jsonb_to_recordset($1::jsonb) as x(id uuid, name text, position int, kind text, color text)`,
      [JSON.stringify(stages), orgId],
    )
    // Every workspace can draft from day one; managers edit these afterwards.
    await tx.query(
      `insert into document_templates (id, org_id, kind, name, body)
       select id, $2, kind, name, body
         from jsonb_to_recordset($1::jsonb) as x(id uuid, kind text, name text, body text)`,
      [JSON.stringify(defaultTemplates.map((tpl) => ({ id: uuidv7(), ...tpl }))), orgId],
    )
    const adminUserId = await insertUser(tx, {
      orgId,
      email: org.admin.email,
      name: org.admin.name,
      passwordHash,
      role: 'admin',
    })
    return { orgId, adminUserId }
  })
}

const UserInput = z.object({
  orgId: z.uuid(),
  email: Email,
  name: Name,
  password: NewPassword,
  role: z.enum(builtInRoles),
})
export type UserInput = z.input<typeof UserInput>

/** A user in an existing organization with one built-in role; emails are stored lower-cased. */
export async function createUser(sql: Sql, input: UserInput): Promise<{ userId: string }> {
  const user = parseInput(UserInput, input, 'user')
  const passwordHash = await hashPassword(user.password)
  return sql.transaction(async (tx) => {
    const [org] = await tx.query(
      `select 1 from organizations where id = $1 and deleted_at is null`,
      [user.orgId],
    )
    if (!org) {
      throw new HttpError(404, 'not_found', `No organization has the id ${user.orgId}; check it.`)
    }
    const userId = await insertUser(tx, {
      orgId: user.orgId,
      email: normalizeEmail(user.email),
      name: user.name,
      passwordHash,
      role: user.role,
    })
    return { userId }
  })
}
