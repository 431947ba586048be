import { useEffect } from 'react'
import { useNavigate } from 'react-router'
import { appIntentTopic, type AppIntent } from '#shared/contract/index'
import { crm } from '../lib/crm.ts'
import { useUiStore } from '../stores/ui-store.ts'

/**
 * Carries out what was asked from outside the page: a crm://influencer/<id> link opens the
 * influencer, a native menu item opens its dialog. Main queues them; this takes them one
 * by one when the window starts and whenever main says more arrived.
 */
export function AppIntentHandler() {
  const navigate = useNavigate()
  useEffect(() => {
    let active = true
    let draining = false
    // An intent that arrives while the queue is being drained: drain once more after.
    let again = false
    const perform = (intent: AppIntent) => {
      const ui = useUiStore.getState()
      switch (intent.kind) {
        case 'open-influencer':
          void navigate(`/influencers/${intent.influencerId}`)
          break
        case 'log-interaction':
          ui.openLogInteraction(ui.pageInfluencerId ? { influencerId: ui.pageInfluencerId } : {})
          break
        case 'show-shortcuts':
          ui.setShortcutsOpen(true)
          break
      }
    }
    const drain = async () => {
      if (draining) {
        again = true
        return
      }
      draining = true
      try {
        do {
          again = false
          for (;;) {
            const intent = await crm('app.takeIntent', {})
            if (!intent || !active) break
            perform(intent)
          }
        } while (again && active)
      } catch {
        // The bridge is gone (window closing); main keeps what was not taken.
      } finally {
        draining = false
      }
    }
    void drain()
    const stop = window.crm.onChange((event) => {
      if (event.tables.includes(appIntentTopic)) void drain()
    })
    return () => {
      active = false
      stop()
    }
  }, [navigate])
  return null
}
