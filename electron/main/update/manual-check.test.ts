import { EventEmitter } from 'node:events'
import { expect, it } from 'vitest'
import { checkAndTell } from './manual-check.ts'
import { disabledUpdates, UpdateController, type UpdaterLike } from './update-controller.ts'

class Feed extends EventEmitter implements UpdaterLike {
  autoDownload = false
  autoInstallOnAppQuit = false
  checkForUpdates = () => Promise.resolve(null)
  quitAndInstall = () => {}
}

const log = { info: () => {}, error: () => {} }

it('answers a manual check once, when the feed has answered', () => {
  const feed = new Feed()
  const updates = new UpdateController(feed, { currentVersion: '1.0.0', log })
  const told: string[] = []
  checkAndTell(updates, (answer) => told.push(answer))
  expect(told).toEqual([])
  feed.emit('update-not-available', { version: '1.0.0' })
  expect(told).toEqual(['Influencer CRM 1.0.0 is the latest version.'])
  // Later changes (a scheduled check finding 1.1.0) are not answers to this question.
  feed.emit('update-available', { version: '1.1.0' })
  expect(told).toHaveLength(1)
})

it('says at once why there is nothing to check when updates are off', () => {
  const told: string[] = []
  checkAndTell(disabledUpdates('1.0.0', 'Updates are turned off by your administrator.'), (a) =>
    told.push(a),
  )
  expect(told).toEqual(['Updates are turned off by your administrator.'])
})
