import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type Host } from './server.ts'

let host: Host
let dataDir: string
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'crm-host-'))
  host = await startHost({ dataDir, demoInfluencers: 5 })
})
afterAll(async () => {
  await host.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const call = (channel: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${host.url}/__crm/invoke/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: host.url,
      'x-crm-token': host.token,
      ...headers,
    },
    body,
  })

const influencerCount = async () => {
  const res = await call('influencers.list', JSON.stringify({ input: {} }))
  return ((await res.json()) as { value: { total: number } }).value.total
}

describe('the test host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1')
  })

  it('answers a call from its own page with the run token', async () => {
    expect(await influencerCount()).toBe(5)
  })

  it('refuses a call without the token, with a wrong one, or from another origin', async () => {
    const body = JSON.stringify({
      input: { name: 'Mallory', primaryPlatform: 'tiktok', followers: 1 },
    })
    const attempts = [
      await call('influencers.create', body, { 'x-crm-token': '' }),
      await call('influencers.create', body, { 'x-crm-token': host.token.replace(/.$/, '_') }),
      await call('influencers.create', body, { origin: 'http://127.0.0.1:3000' }),
    ]
    for (const res of attempts) {
      expect(res.status).toBe(403)
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(await influencerCount()).toBe(5)
  })

  it('refuses the change-event stream without the token', async () => {
    const res = await fetch(`${host.url}/__crm/events?token=nope`)
    expect(res.status).toBe(403)
  })

  it('answers a body that is not JSON with a clear 400 and changes nothing', async () => {
    const res = await call('influencers.create', '{"input": {"name": "Half')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await influencerCount()).toBe(5)
  })

  it('serves the renderer with the bridge first and the CSP header', async () => {
    const res = await fetch(`${host.url}/`)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await res.text()
    expect(html.indexOf('/__crm/bridge.js')).toBeLessThan(html.indexOf('type="module"'))
  })

  it('serves no file outside the renderer folder', async () => {
    const res = await fetch(`${host.url}/..%2f..%2fpackage.json`)
    expect(res.status).toBe(404)
  })
})
