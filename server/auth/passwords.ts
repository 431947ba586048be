import { randomBytes } from 'node:crypto'
import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2'
import { z } from 'zod'

/**
 * The package declares its algorithms as an ambient const enum, which isolated modules
 * cannot read; 2 is its Argon2id (checked against the stored hash's prefix in the tests).
 */
const argon2id = 2 satisfies Algorithm

/**
 * OWASP Password Storage Cheat Sheet, first Argon2id line: 19 MiB of memory, 2 passes, one
 * lane. About 30 ms a hash here: slow for a guesser, quick enough for a sign-in.
 */
const policy = {
  algorithm: argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const satisfies Options

export const minPasswordLength = 12
/** Longer inputs only make the hash slower; nobody types 1,024 characters. */
export const maxPasswordLength = 1024

/** A password someone chooses now (new users, organizations). */
export const NewPassword = z
  .string()
  .min(minPasswordLength, `Choose a password of at least ${minPasswordLength} characters`)
  .max(maxPasswordLength, `A password may have at most ${maxPasswordLength} characters`)

export const hashPassword = (password: string): Promise<string> => hash(password, policy)

/**
 * A hash of a password nobody knows: checking a sign-in for an unknown email against it
 * costs what a real check costs, so the answer's timing does not reveal which emails have
 * accounts. Made at start (off the event loop), so not even the first such sign-in is slower.
 */
const dummyHash = hashPassword(randomBytes(32).toString('base64url'))

/** Whether `password` matches `stored`; with no stored hash, does the same work and says no. */
export async function verifyPassword(stored: string | null | undefined, password: string) {
  if (!stored) {
    await verify(await dummyHash, password).catch(() => false)
    return false
  }
  // A malformed stored hash is a refused sign-in, not a 500.
  return verify(stored, password).catch(() => false)
}

/** A hash made with weaker settings than today's, to be replaced at the next sign-in. */
export function needsRehash(stored: string): boolean {
  try {
    const current = parseOptions(stored)
    return (
      Number(current.algorithm) !== argon2id ||
      current.memoryCost < policy.memoryCost ||
      current.timeCost < policy.timeCost
    )
  } catch {
    return true
  }
}
