import { z } from 'zod'

export const Id = z.uuid({ error: 'Not a valid id' })
/**
 * An instant, ISO-8601, with any offset the caller used, stored as UTC
 * (2026-11-25T14:00:00.000Z): one spelling per instant, so comparing stored text compares
 * times, on every replica and on the server.
 */
export const IsoTime = z.iso
  .datetime({ offset: true, error: 'Not a valid date and time (ISO-8601)' })
  .transform((value) => new Date(value).toISOString())
export const Tags = z.array(z.string().trim().min(1).max(60)).max(50)
export const Paging = {
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
}
export const ById = z.object({ id: Id })
export const Removed = z.object({ id: z.string() })

/** A patch: every field optional, at least one present. */
export const patchOf = <T extends z.ZodRawShape>(shape: T) =>
  z.object({
    id: Id,
    patch: z
      .object(shape)
      .partial()
      .refine((p) => Object.keys(p).length > 0, 'Nothing to change'),
  })

/** create, update, delete and restore channels of one entity, spelled once. */
export function crudChannels<
  N extends string,
  C extends z.ZodRawShape,
  U extends z.ZodRawShape,
  R extends z.ZodType,
>(name: N, create: C, update: U, row: R) {
  return {
    [`${name}.create`]: { input: z.object(create), output: row },
    [`${name}.update`]: { input: patchOf(update), output: row },
    [`${name}.delete`]: { input: ById, output: Removed },
    [`${name}.restore`]: { input: ById, output: Removed },
  } as {
    [K in `${N}.create`]: { input: z.ZodObject<C>; output: R }
  } & {
    [K in `${N}.update`]: { input: ReturnType<typeof patchOf<U>>; output: R }
  } & {
    [K in `${N}.delete` | `${N}.restore`]: { input: typeof ById; output: typeof Removed }
  }
}
