import {
  IconBrandInstagram,
  IconBrandLinkedin,
  IconBrandTiktok,
  IconBrandTwitch,
  IconBrandX,
  IconBrandYoutube,
  IconMail,
  IconMessageCircle,
  IconNote,
  IconPaperclip,
  IconPhone,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react'
import type { InteractionType, Platform } from '#shared/contract/index'

export const platformLabels: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  twitter: 'X (Twitter)',
  linkedin: 'LinkedIn',
  twitch: 'Twitch',
}

export const platformIcons: Record<Platform, Icon> = {
  instagram: IconBrandInstagram,
  tiktok: IconBrandTiktok,
  youtube: IconBrandYoutube,
  twitter: IconBrandX,
  linkedin: IconBrandLinkedin,
  twitch: IconBrandTwitch,
}

export const interactionLabels: Record<InteractionType, string> = {
  email: 'Email',
  call: 'Call',
  meeting: 'Meeting',
  note: 'Note',
  dm: 'DM',
  file_upload: 'File',
}

/** The type inside a sentence: "Deleted call", "Deleted DM". */
export const interactionNoun = (type: InteractionType): string =>
  type === 'dm' ? 'DM' : interactionLabels[type].toLowerCase()

export const interactionIcons: Record<InteractionType, Icon> = {
  email: IconMail,
  call: IconPhone,
  meeting: IconUsersGroup,
  note: IconNote,
  dm: IconMessageCircle,
  file_upload: IconPaperclip,
}

/** Colours that tell the types apart at a glance on the timeline, in both themes. */
export const interactionColors: Record<InteractionType, string> = {
  email: 'blue',
  call: 'teal',
  meeting: 'grape',
  note: 'gray',
  dm: 'pink',
  file_upload: 'orange',
}

/** "content_submitted" -> "Content submitted": stored enum values as people say them. */
export const sentence = (value: string): string => {
  const words = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

/** A due date as a day: "today", "tomorrow", "yesterday", or the date itself. */
export function formatDay(iso: string, now = new Date()): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const start = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
  const days = Math.round((start(date) - start(now)) / 86_400_000)
  if (days === 0) return 'today'
  if (days === 1) return 'tomorrow'
  if (days === -1) return 'yesterday'
  return dayFormat.format(date)
}

/** The file name of an attachment stored as "<uuid>/<file name>". */
export const attachmentName = (path: string): string => {
  const slash = path.indexOf('/')
  return slash >= 0 ? path.slice(slash + 1) : path
}
