import type { CrmBridge } from '#shared/contract/index'

declare global {
  interface Window {
    /** Exposed by the preload (or the test host's bridge); the renderer's only door to data. */
    readonly crm: CrmBridge
  }
}
