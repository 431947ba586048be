import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { crm } from './crm.ts'
import { plural } from './format.ts'
import { localDay } from './local-day.ts'

/**
 * Once per day a window is open: a note saying how many follow-ups and tasks are due, so
 * nobody has to remember to look at Today. Silent when nothing is due.
 */
export function useDueTodayNotice(openToday: () => void) {
  useEffect(() => {
    let cancelled = false
    const remind = async () => {
      const day = localDay()
      const key = `crm.due-notice.${day.dayStart}`
      if (sessionStorage.getItem(key)) return
      const agenda = await crm('today.agenda', day).catch(() => null)
      if (cancelled || !agenda) return
      const parts = [
        agenda.followUps.length ? plural(agenda.followUps.length, 'follow-up') : '',
        agenda.tasks.length ? plural(agenda.tasks.length, 'task') : '',
      ].filter(Boolean)
      if (parts.length === 0) return
      sessionStorage.setItem(key, '1')
      notifications.show({
        id: 'due-today',
        title: 'Due today',
        message: `${parts.join(' and ')} due by the end of today. Open Today to work through them.`,
        autoClose: 10_000,
        onClick: openToday,
        style: { cursor: 'pointer' },
      })
    }
    void remind()
    // A window left open overnight reminds again on the new day.
    const timer = setInterval(() => void remind(), 15 * 60_000)
    return () => {
      cancelled = true
      clearInterval(timer)
    }
  }, [openToday])
}
