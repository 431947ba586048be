import { z } from 'zod'

/** The environment the service reads, checked once at start; a wrong value stops it with its name. */
export const ServerEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4400),
  HOST: z.string().default('127.0.0.1'),
  /** A PostgreSQL server; unset means the embedded PGlite database in CRM_SERVER_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional(),
  CRM_SERVER_DATA_DIR: z.string().default('.data/server'),
  /**
   * Signs access tokens: at least 32 characters, the same on every instance. Without it
   * the embedded mode makes one and keeps it in the data folder; with DATABASE_URL it is required.
   */
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  /** A real Electric sync service to forward scoped shape requests to. */
  ELECTRIC_URL: z.url().optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How long a live shape request waits for a change before answering up-to-date. */
  LIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Behind a load balancer: take the client's address from X-Forwarded-For (rate limits, audit). */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})
export type ServerEnv = z.infer<typeof ServerEnv>

/** What the running service needs, resolved from the environment (or given by a test). */
export interface ServerConfig {
  authSecret: string
  electricUrl?: string
  accessTokenTtlSeconds: number
  refreshTokenTtlDays: number
  liveTimeoutMs: number
  bodyLimitBytes: number
  signInAttemptsPerMinute: number
  logLevel: ServerEnv['LOG_LEVEL']
  trustProxy?: boolean
  /** Rows per page of a shape's snapshot or log read (tests make it small to see paging). */
  shapePageSize?: number
}

export const configFromEnv = (env: ServerEnv, authSecret: string): ServerConfig => ({
  authSecret,
  electricUrl: env.ELECTRIC_URL,
  accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
  refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
  liveTimeoutMs: env.LIVE_TIMEOUT_MS,
  bodyLimitBytes: env.BODY_LIMIT_BYTES,
  signInAttemptsPerMinute: env.SIGN_IN_ATTEMPTS_PER_MINUTE,
  logLevel: env.LOG_LEVEL,
  trustProxy: env.TRUST_PROXY === 'true',
})
