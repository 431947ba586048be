import { z } from 'zod'
import { builtInRoles } from '#shared/domain/enums'
import { maxPasswordLength, NewPassword } from './passwords.ts'

/*
 * Request bodies of the auth and admin routes (server/PROTOCOL.md describes the answers).
 * The desktop could share them from shared/ once it signs in through them.
 */

/** Spaces around an email are a slip of the keyboard, not part of it. */
export const Email = z
  .string()
  .trim()
  .pipe(z.email('Expected an email address such as ana@agency.com').max(320))

export const SignInRequest = z.object({
  email: Email,
  // Any length that fits: an old password shorter than today's minimum still signs in.
  password: z.string().min(1, 'Enter your password').max(maxPasswordLength),
  deviceName: z.string().trim().min(1).max(100).optional(),
})

export const RefreshRequest = z.object({
  refreshToken: z.string().min(1, 'Send the refresh token from your last sign-in').max(200),
})

export const CreateUserRequest = z.object({
  email: Email,
  name: z.string().trim().min(1, 'Enter a name').max(200),
  password: NewPassword,
  role: z.enum(builtInRoles),
})

/** Strict: a field this route cannot change (a name, a password) is an error, not ignored. */
export const UpdateUserRequest = z
  .strictObject({
    status: z.enum(['active', 'suspended']).optional(),
    role: z.enum(builtInRoles).optional(),
  })
  .refine((body) => body.status !== undefined || body.role !== undefined, {
    message: 'Send a status, a role or both',
  })

export const UserIdParams = z.object({ id: z.uuid('Expected a user id (a UUID)') })

export const AuditLogQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** The id of the last entry of the previous page: the page continues after it. */
  before: z.uuid('Expected the id of an audit log entry').optional(),
})
