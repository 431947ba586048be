import { sql } from 'drizzle-orm'
import { check, index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { userStatuses } from '#shared/domain/enums'
import { bool, id, inList, json, orgId, syncedColumns, timestamp } from '../columns.ts'

export const organizations = sqliteTable(
  'organizations',
  {
    id: id(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description'),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    city: text('city'),
    state: text('state'),
    zipCode: text('zip_code'),
    country: text('country'),
    currency: text('currency').notNull().default('USD'),
    timezone: text('timezone').notNull().default('UTC'),
    logoUrl: text('logo_url'),
    settings: json<Record<string, unknown>>('settings'),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('organizations_slug_uq').on(t.slug),
    index('organizations_country_idx').on(t.country),
  ],
)

const org = () => organizations.id

export const users = sqliteTable(
  'users',
  {
    id: id(),
    orgId: orgId(org),
    email: text('email').notNull(),
    name: text('name').notNull(),
    avatarUrl: text('avatar_url'),
    status: text('status').notNull().default('active'),
    lastLogin: timestamp('last_login'),
    emailVerified: bool('email_verified').notNull().default(false),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('users_email_uq').on(t.email),
    index('users_org_idx').on(t.orgId),
    index('users_status_idx').on(t.status),
    check('users_status_check', inList(t.status, userStatuses)),
  ],
)

/** Built-in roles have org_id null; an organization may add its own. */
export const roles = sqliteTable(
  'roles',
  {
    id: id(),
    orgId: text('org_id').references(org, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('roles_org_name_uq').on(t.orgId, t.name),
    // A unique index treats NULL org ids as distinct: built-in names need their own.
    uniqueIndex('roles_builtin_name_uq')
      .on(t.name)
      .where(sql`org_id is null`),
  ],
)

export const permissions = sqliteTable(
  'permissions',
  {
    id: id(),
    /** A verb on a thing: campaign.write, payment.approve, user.manage. */
    name: text('name').notNull(),
    description: text('description'),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('permissions_name_uq').on(t.name),
    check('permissions_name_check', sql`${t.name} like '%.%'`),
  ],
)

export const rolePermissions = sqliteTable(
  'role_permissions',
  {
    id: id(),
    roleId: text('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    permissionId: text('permission_id')
      .notNull()
      .references(() => permissions.id, { onDelete: 'cascade' }),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('role_permissions_uq').on(t.roleId, t.permissionId),
    index('role_permissions_permission_idx').on(t.permissionId),
  ],
)

export const userRoles = sqliteTable(
  'user_roles',
  {
    id: id(),
    orgId: orgId(org),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    roleId: text('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('user_roles_uq').on(t.userId, t.roleId),
    index('user_roles_role_idx').on(t.roleId),
  ],
)

/** Per-user messages (a follow-up due, an offer accepted); private to their user. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: id(),
    orgId: orgId(org),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    title: text('title').notNull(),
    message: text('message'),
    link: text('link'),
    readAt: timestamp('read_at'),
    ...syncedColumns(),
  },
  (t) => [index('notifications_user_read_idx').on(t.userId, t.readAt, t.createdAt)],
)
