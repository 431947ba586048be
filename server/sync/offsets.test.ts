import { describe, expect, it } from 'vitest'
import { HttpError } from '../http/errors.ts'
import { syncCatalog } from './catalog.ts'
import { electricShapeUrl } from './electric-proxy.ts'
import { formatHandle, logOffset, parseHandle, parseOffset, snapshotOffset } from './offsets.ts'

describe('shape offsets and handles', () => {
  it('round-trips a snapshot position through the 128-bit offset', () => {
    const id = '019abcde-f012-7345-8abc-def012345678'
    expect(parseOffset(snapshotOffset(id))).toEqual({ kind: 'snapshot', afterId: id })
    expect(parseOffset(logOffset(42))).toEqual({ kind: 'log', after: 42 })
    expect(parseOffset('-1')).toEqual({ kind: 'new' })
    expect(parseHandle(formatHandle('0929a516-38a9-4300-b2fc-037c8832d25d', 7))).toEqual({
      epoch: '0929a516-38a9-4300-b2fc-037c8832d25d',
      start: 7,
    })
  })

  it('refuses offsets the server never gives with a 400 that says to start over', () => {
    for (const bad of ['now', '5_3', 'abc', '0_0x1', '-2', `0_${2n ** 129n}`]) {
      expect(() => parseOffset(bad), bad).toThrow(HttpError)
      expect(() => parseOffset(bad)).toThrow(/offset -1/)
    }
    expect(parseHandle('not-a-handle')).toBeUndefined()
  })
})

describe('forwarding to a real Electric service', () => {
  it("sets the table and the caller's scope itself, keeping only protocol parameters", () => {
    const principal = {
      orgId: '11111111-1111-4111-8111-111111111111',
      userId: '22222222-2222-4222-8222-222222222222',
      sessionId: 's',
      permissions: new Set<never>(),
    }
    const url = electricShapeUrl(
      'http://electric:3000',
      syncCatalog.get('interactions')!,
      principal,
      {
        table: 'users',
        offset: '0_0',
        live: 'true',
        where: 'true',
        handle: 'h',
      },
    )
    expect(url.pathname).toBe('/v1/shape')
    expect(url.searchParams.get('table')).toBe('interactions')
    expect(url.searchParams.get('where')).toBe(
      `org_id = $1 and (visibility <> 'private' or "user_id" = $2)`,
    )
    expect(url.searchParams.get('params[1]')).toBe(principal.orgId)
    expect(url.searchParams.get('params[2]')).toBe(principal.userId)
    expect(url.searchParams.get('offset')).toBe('0_0')
    expect(url.searchParams.get('live')).toBe('true')
    // Columns named, so Electric never sends one the server keeps to itself.
    const people = electricShapeUrl(
      'http://electric:3000',
      syncCatalog.get('users')!,
      principal,
      {},
    )
    expect(people.searchParams.get('columns')).toContain('email')
    expect(people.searchParams.get('columns')).not.toContain('password_hash')
  })
})
