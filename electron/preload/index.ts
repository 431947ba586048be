import { contextBridge, ipcRenderer } from 'electron'
import {
  channels,
  events,
  type ChangeEvent,
  type CrmBridge,
  type Envelope,
  type ProgressEvent,
} from '#shared/contract/index'

// Forwards calls and validates nothing: main checks every input. Only contract channels pass.
const allowed = new Set<string>(channels)

const bridge: CrmBridge = {
  invoke: (channel, input) =>
    allowed.has(channel)
      ? (ipcRenderer.invoke(channel, input) as Promise<Envelope<never>>)
      : Promise.resolve({
          ok: false,
          error: { code: 'unknown_channel', message: `There is no call named "${channel}".` },
        }),
  onChange: (listener) => {
    const handler = (_event: unknown, change: ChangeEvent) => listener(change)
    ipcRenderer.on(events.changed, handler)
    return () => {
      ipcRenderer.off(events.changed, handler)
    }
  },
  onProgress: (listener) => {
    const handler = (_event: unknown, progress: ProgressEvent) => listener(progress)
    ipcRenderer.on(events.progress, handler)
    return () => {
      ipcRenderer.off(events.progress, handler)
    }
  },
}

contextBridge.exposeInMainWorld('crm', bridge)
