import { z } from 'zod'

/** A file attached to an interaction is copied into the data folder and never leaves this computer. */
export const maxAttachmentBytes = 25 * 1024 * 1024

export const attachmentChannels = {
  'attachments.save': {
    input: z.object({
      fileName: z
        .string()
        .trim()
        .min(1, 'The file has no name')
        .max(255, 'The file name is longer than 255 characters'),
      /** The file's bytes, base64: IPC and the test bridge both carry JSON. */
      base64: z
        .string()
        .max(Math.ceil(maxAttachmentBytes / 3) * 4, 'The file is larger than 25 MB')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive intact'),
    }),
    /** Relative to the attachments folder, as interactions store it. */
    output: z.object({ path: z.string(), bytes: z.number().int() }),
  },
  /** Opens a kept attachment with the computer's own app for its type. */
  'attachments.open': {
    input: z.object({ path: z.string().min(1).max(400) }),
    output: z.object({ file: z.string() }),
  },
} as const
