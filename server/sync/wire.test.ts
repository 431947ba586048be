import { describe, expect, it } from 'vitest'
import { syncCatalog } from './catalog.ts'
import { encodeRow, schemaHeader } from './wire.ts'

describe("Electric's wire format", () => {
  const influencers = syncCatalog.get('influencers')!

  it('sends every value as PostgreSQL text, typed by the schema header', () => {
    const row = encodeRow(influencers, {
      id: '019abcde-f012-7345-8abc-def012345678',
      name: 'Ava',
      followers: 12000,
      engagement_rate: 0.045,
      audience_demographics: { age: { '18-24': 0.4 } },
      created_at: '2026-11-25T12:00:00.123456+00:00',
      deleted_at: null,
    })
    expect(row).toMatchObject({
      name: 'Ava',
      followers: '12000',
      engagement_rate: '0.045',
      audience_demographics: '{"age":{"18-24":0.4}}',
      created_at: '2026-11-25T12:00:00.123Z',
      deleted_at: null,
    })
    const header = JSON.parse(schemaHeader(influencers)) as Record<
      string,
      { type: string; pk_index?: number }
    >
    expect(header.id).toMatchObject({ type: 'uuid', pk_index: 0 })
    expect(header.followers?.type).toBe('int8')
    expect(header.created_at?.type).toBe('timestamptz')
  })

  it('passes an instant with no ISO spelling through rather than failing the whole shape', () => {
    expect(encodeRow(influencers, { deleted_at: 'infinity' }).deleted_at).toBe('infinity')
  })
})
