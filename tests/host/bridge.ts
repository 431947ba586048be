import type { ChangeEvent, CrmBridge, Envelope, ProgressEvent } from '#shared/contract/index'

// Runs in the browser page, before the app: gives it the same `window.crm` the preload
// gives it in Electron, carried over HTTP to the test host on 127.0.0.1.
const tokenKey = 'crm-host-token'
const fromUrl = new URLSearchParams(location.search).get('token')
if (fromUrl) {
  sessionStorage.setItem(tokenKey, fromUrl)
  // Keep the token out of the address bar, history and screenshots.
  history.replaceState(null, '', location.pathname + location.hash)
}
const token = sessionStorage.getItem(tokenKey) ?? ''

const bridge: CrmBridge = {
  invoke: async (channel, input) => {
    const response = await fetch(`/__crm/invoke/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-crm-token': token },
      body: JSON.stringify({ input: input ?? null }),
    })
    return (await response.json()) as Envelope<never>
  },
  onChange: (listener) => {
    const source = new EventSource(`/__crm/events?token=${encodeURIComponent(token)}`)
    source.onmessage = (message: MessageEvent<string>) =>
      listener(JSON.parse(message.data) as ChangeEvent)
    return () => source.close()
  },
  onProgress: (listener) => {
    const source = new EventSource(`/__crm/events?token=${encodeURIComponent(token)}`)
    source.addEventListener('progress', (message: MessageEvent<string>) =>
      listener(JSON.parse(message.data) as ProgressEvent),
    )
    return () => source.close()
  },
}

Object.defineProperty(window, 'crm', { value: Object.freeze(bridge), enumerable: true })
