import { describe, expect, it } from 'vitest'
import { deepLinkInArgv, parseDeepLink } from './deep-link.ts'

const id = '0192f4c5-7d3e-7a41-9b2c-5e6f7a8b9c0d'

describe('crm:// links', () => {
  it('open an influencer by id', () => {
    expect(parseDeepLink(`crm://influencer/${id}`)).toEqual({
      kind: 'open-influencer',
      influencerId: id,
    })
    expect(parseDeepLink(`crm://influencer/${id}/`)).toEqual({
      kind: 'open-influencer',
      influencerId: id,
    })
    expect(parseDeepLink(`CRM://Influencer/${id.toUpperCase()}`)).toEqual({
      kind: 'open-influencer',
      influencerId: id,
    })
  })

  it.each([
    ['another scheme', `https://influencer/${id}`],
    ['another kind of record', `crm://campaign/${id}`],
    ['an id that is not a UUID', 'crm://influencer/1234'],
    ['a path that climbs', `crm://influencer/../settings/${id}`],
    ['extra segments', `crm://influencer/${id}/delete`],
    ['a query', `crm://influencer/${id}?then=https://evil.example`],
    ['a fragment', `crm://influencer/${id}#/settings`],
    ['credentials', `crm://user:pw@influencer/${id}`],
    ['no id', 'crm://influencer/'],
    ['not a URL', 'crm:influencer'],
    ['an empty string', ''],
  ])('ignore %s', (_what, link) => {
    expect(parseDeepLink(link)).toBeNull()
  })

  it('are found among the arguments of a launch (Windows, Linux)', () => {
    expect(
      deepLinkInArgv([
        'C:\\Apps\\Influencer CRM.exe',
        '--allow-file-access',
        `crm://influencer/${id}`,
      ]),
    ).toBe(`crm://influencer/${id}`)
    expect(deepLinkInArgv(['/opt/Influencer CRM/influencer-crm', '--no-sandbox'])).toBeNull()
  })
})
