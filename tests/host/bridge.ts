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

// One event stream for the whole page, shared by every listener: a browser allows six
// connections per host, and a screen with many live queries would otherwise use them all
// up and leave no connection for its calls.
const changeListeners = new Set<(event: ChangeEvent) => void>()
const progressListeners = new Set<(event: ProgressEvent) => void>()
let stream: EventSource | null = null
function listen<T>(listeners: Set<(event: T) => void>, listener: (event: T) => void) {
  if (!stream) {
    stream = new EventSource(`/__crm/events?token=${encodeURIComponent(token)}`)
    stream.onmessage = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as ChangeEvent
      for (const l of [...changeListeners]) l(event)
    }
    stream.addEventListener('progress', (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as ProgressEvent
      for (const l of [...progressListeners]) l(event)
    })
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

const bridge: CrmBridge = {
  invoke: async (channel, input) => {
    const response = await fetch(`/__crm/invoke/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-crm-token': token },
      body: JSON.stringify({ input: input ?? null }),
    })
    return (await response.json()) as Envelope<never>
  },
  onChange: (listener) => listen(changeListeners, listener),
  onProgress: (listener) => listen(progressListeners, listener),
}

Object.defineProperty(window, 'crm', { value: Object.freeze(bridge), enumerable: true })
