import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ServerDeps } from '../app.ts'
import { requirePermission } from '../auth/authorize.ts'
import { normalizeEmail } from '../auth/account.ts'
import { hashPassword } from '../auth/passwords.ts'
import type { Authenticate, Principal } from '../auth/principal.ts'
import { revokeAllSessions } from '../auth/token-chain.ts'
import { AuditLogQuery, CreateUserRequest, UpdateUserRequest, UserIdParams } from '../auth/wire.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import { readAuditLog, recordAudit, type AuditEntry } from './audit.ts'
import { insertUser, otherActiveAdmins, rolesOf, setOnlyRole } from './users.ts'

/*
 * User management for holders of user.manage. Writes run as the database owner with the
 * admin's organization in every statement: they revoke refresh tokens (no grant for
 * crm_app) and check emails across organizations (hidden from crm_app by row-level
 * security). The audit log is read as crm_app.
 */

/** A user as the admin routes answer it. */
export interface ManagedUser {
  id: string
  orgId: string
  email: string
  name: string
  status: string
  /** The user's role; null for a user holding none. */
  role: string | null
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const auditContext = (request: FastifyRequest, principal: Principal) => ({
  orgId: principal.orgId,
  actorId: principal.userId,
  entityType: 'users',
  // The column is a uuid; app.ts makes request ids with randomUUID, but a change there
  // should lose the link, not the write.
  correlationId: uuidShape.test(request.id) ? request.id : null,
  ipAddress: request.ip,
  userAgent: request.headers['user-agent'],
})

const notFound = (id: string) =>
  new HttpError(404, 'not_found', `No user with the id ${id} in your workspace; check the id.`)

/** Registered by authRoutes, inside its plugin (app.ts registers that one only). */
export function adminRoutes(app: FastifyInstance, deps: ServerDeps, authenticate: Authenticate) {
  const admin = async (request: FastifyRequest) => {
    const principal = await authenticate(request.headers.authorization)
    requirePermission(principal, 'user.manage')
    return principal
  }
  const nowIso = () => new Date((deps.now ?? Date.now)()).toISOString()

  app.post('/v1/admin/users', async (request, reply) => {
    const principal = await admin(request)
    const body = parseInput(CreateUserRequest, request.body, 'user')
    const email = normalizeEmail(body.email)
    const passwordHash = await hashPassword(body.password)
    const user = await deps.sql.transaction(async (tx): Promise<ManagedUser> => {
      const id = await insertUser(tx, {
        orgId: principal.orgId,
        email,
        name: body.name,
        passwordHash,
        role: body.role,
      })
      const created = { email, name: body.name, status: 'active', role: body.role }
      await recordAudit(tx, {
        ...auditContext(request, principal),
        action: 'user.create',
        entityId: id,
        changes: created,
      })
      return { id, orgId: principal.orgId, ...created }
    })
    return reply.status(201).send({ user })
  })

  app.patch('/v1/admin/users/:id', async (request) => {
    const principal = await admin(request)
    const { id } = parseInput(UserIdParams, request.params, 'path')
    const body = parseInput(UpdateUserRequest, request.body, 'user change')
    const user = await deps.sql.transaction(async (tx): Promise<ManagedUser> => {
      // One admin change per organization at a time, so two admins cannot demote each
      // other at once and leave the workspace with none.
      await tx.query(`select 1 from organizations where id = $1 for update`, [principal.orgId])
      const [target] = await tx.query<{ email: string; name: string; status: string }>(
        `select email, name, status from users
            where id = $1 and org_id = $2 and deleted_at is null and status <> 'deleted'`,
        [id, principal.orgId],
      )
      // Another organization's user is as unknown here as a user that never existed.
      if (!target) throw notFound(id)
      const roles = await rolesOf(tx, id)
      const before = { status: target.status, role: roles[0] ?? null }
      const after = { status: body.status ?? before.status, role: body.role ?? before.role }

      const wasActiveAdmin = before.status === 'active' && roles.includes('admin')
      const staysActiveAdmin = after.status === 'active' && after.role === 'admin'
      if (wasActiveAdmin && !staysActiveAdmin) {
        if ((await otherActiveAdmins(tx, principal.orgId, id)) === 0) {
          throw new HttpError(
            409,
            'last_admin',
            'This is the workspace’s last active admin; make another user an admin first.',
          )
        }
      }

      const audit = (action: string, changes: AuditEntry['changes']) =>
        recordAudit(tx, { ...auditContext(request, principal), action, entityId: id, changes })
      if (after.status !== before.status) {
        await tx.query(`update users set status = $2, updated_at = now() where id = $1`, [
          id,
          after.status,
        ])
        await audit(after.status === 'suspended' ? 'user.suspend' : 'user.activate', {
          status: { from: before.status, to: after.status },
        })
      }
      // Also when already suspended: a retry after a failed answer still ends every session.
      if (after.status === 'suspended') await revokeAllSessions(tx, id, nowIso())
      if (body.role && (body.role !== before.role || roles.length !== 1)) {
        await setOnlyRole(tx, { orgId: principal.orgId, userId: id }, body.role)
        await audit('user.role_change', { role: { from: before.role, to: body.role } })
      }
      return { id, orgId: principal.orgId, email: target.email, name: target.name, ...after }
    })
    return { user }
  })

  app.get('/v1/admin/audit-log', async (request) => {
    const principal = await admin(request)
    const query = parseInput(AuditLogQuery, request.query, 'query')
    return readAuditLog(deps.sql, principal, query)
  })
}
