import { builtInRoles } from '#shared/domain/enums'
import { newId } from '../sqlite/ids.ts'
import * as t from '../sqlite/schema/index.ts'
import {
  allPermissions,
  permissionNames,
  roleDescriptions,
  rolePermissions,
} from './agency-profile.ts'
import { ascii, dayMs, iso, stamp, type Agency, type DemoContext } from './context.ts'

/** The agency: its organization, six staff, and the roles and permissions they hold. */
export function seedAgency(ctx: DemoContext): Agency {
  const { bulk, faker, daysAgo, inTransaction } = ctx
  const client = ctx.db.$client
  const orgId = newId()
  const orgCreated = daysAgo(720)
  const staffTitles = ['admin', 'manager', 'manager', 'member', 'member', 'member'] as const
  const staffEmails = new Set<string>()
  const staff = staffTitles.map((role, n) => {
    const first = faker.person.firstName()
    const last = faker.person.lastName()
    let email = `${ascii(first)}.${ascii(last)}@northwind.example`
    if (staffEmails.has(email)) email = `${ascii(first)}.${ascii(last)}${n}@northwind.example`
    staffEmails.add(email)
    return { id: newId(), role, name: `${first} ${last}`, email }
  })
  const managers = staff.filter((s) => s.role !== 'member').map((s) => s.id)
  const ownerWeights = staff.map((s, i): [number, number] => [
    i,
    s.role === 'member' ? 3 : s.role === 'manager' ? 2 : 1,
  ])

  const existingRoles = new Map(
    (
      client
        .prepare('select id, name from roles where org_id is null and deleted_at is null')
        .all() as {
        id: string
        name: string
      }[]
    ).map((r) => [r.name, r.id]),
  )
  const existingPermissions = new Map(
    (
      client.prepare('select id, name from permissions').all() as { id: string; name: string }[]
    ).map((p) => [p.name, p.id]),
  )

  inTransaction(() => {
    bulk.insert(t.organizations, [
      {
        id: orgId,
        name: 'Northwind Talent',
        slug: 'northwind',
        description: 'Influencer marketing agency for lifestyle and consumer brands',
        website: 'https://northwind.example',
        email: 'hello@northwind.example',
        phone: '+1 415 555 0100',
        address: '500 Market Street, Suite 400',
        city: 'San Francisco',
        state: 'CA',
        zipCode: '94105',
        country: 'US',
        currency: 'USD',
        timezone: 'America/Los_Angeles',
        settings: { weekStartsOn: 1, defaultUtmMedium: 'influencer' },
        ...stamp(orgCreated),
      },
    ])
    bulk.insert(
      t.users,
      staff.map((s, i) => ({
        id: s.id,
        orgId,
        email: s.email,
        name: s.name,
        status: 'active',
        lastLogin: iso(daysAgo(i * 0.7)),
        emailVerified: true,
        ...stamp(orgCreated + i * 30 * dayMs),
      })),
    )
    // Built-in roles and permissions are shared by every organization: reuse them if present.
    const roleIds = new Map<string, string>()
    const newRoles = builtInRoles.filter((name) => !existingRoles.has(name))
    for (const name of builtInRoles) roleIds.set(name, existingRoles.get(name) ?? newId())
    bulk.insert(
      t.roles,
      newRoles.map((name) => ({
        id: roleIds.get(name)!,
        orgId: null,
        name,
        description: roleDescriptions[name],
        ...stamp(orgCreated),
      })),
    )
    const permissionIds = new Map<string, string>()
    for (const name of allPermissions)
      permissionIds.set(name, existingPermissions.get(name) ?? newId())
    bulk.insert(
      t.permissions,
      allPermissions
        .filter((name) => !existingPermissions.has(name))
        .map((name) => ({
          id: permissionIds.get(name)!,
          name,
          description: permissionNames[name],
          ...stamp(orgCreated),
        })),
    )
    bulk.insert(
      t.rolePermissions,
      newRoles.flatMap((role) =>
        rolePermissions[role].map((permission) => ({
          id: newId(),
          roleId: roleIds.get(role)!,
          permissionId: permissionIds.get(permission)!,
          ...stamp(orgCreated),
        })),
      ),
    )
    bulk.insert(
      t.userRoles,
      staff.map((s) => ({
        id: newId(),
        orgId,
        userId: s.id,
        roleId: roleIds.get(s.role)!,
        ...stamp(orgCreated),
      })),
    )
  })
  return { orgId, orgCreated, staff, managers, ownerWeights }
}
