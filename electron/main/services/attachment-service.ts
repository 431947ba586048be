import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { newId } from '#db/sqlite/ids'
import { CrmError } from '#shared/contract/index'
import type { Handlers } from '../core/dispatch.ts'
import { writeAtomically } from '../sync/secret-store.ts'
import type { ServiceContext } from './context.ts'

/** Keeps the name readable but unable to leave its folder or upset a file system. */
export function safeFileName(name: string): string {
  const base = path.basename(name.replaceAll('\\', '/'))
  const cleaned = [...base]
    .map((ch) => (ch.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/^\.+/, '')
  return cleaned.slice(-120) || 'attachment'
}

/**
 * Attachments live beside the database, in `attachments/<id>/<name>`: interactions keep the
 * relative path, so moving the data folder moves them too. They are not synced (they can be
 * large and private); a colleague sees the file's name, not its bytes.
 */
export function attachmentService({ dataFile, openFile }: ServiceContext) {
  const root = path.join(path.dirname(dataFile), 'attachments')
  return {
    'attachments.save': ({ fileName, base64 }) => {
      const bytes = Buffer.from(base64, 'base64')
      if (bytes.length === 0) throw new CrmError('invalid_input', 'The file is empty.')
      const relative = path.posix.join(newId(), safeFileName(fileName))
      const file = path.join(root, relative)
      mkdirSync(path.dirname(file), { recursive: true })
      writeAtomically(file, bytes)
      return { path: relative, bytes: bytes.length }
    },

    'attachments.open': async ({ path: relative }) => {
      const file = path.resolve(root, relative)
      // A stored path is "<id>/<name>"; anything that climbs out of the folder is not ours.
      if (!file.startsWith(root + path.sep))
        throw new CrmError('invalid_input', 'That is not an attachment of this workspace.')
      if (!existsSync(file))
        throw new CrmError(
          'not_found',
          'This file is not on this computer: attachments stay on the computer that logged them.',
        )
      if (!openFile)
        throw new CrmError(
          'unavailable',
          `Files open from the desktop app; this one is kept at ${file}.`,
        )
      const refused = await openFile(file)
      if (refused) throw new CrmError('unavailable', `The file could not be opened: ${refused}`)
      return { file }
    },
  } satisfies Partial<Handlers>
}
