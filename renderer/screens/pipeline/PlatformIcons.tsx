import { Group } from '@mantine/core'
import {
  IconBrandInstagram,
  IconBrandLinkedin,
  IconBrandTiktok,
  IconBrandTwitch,
  IconBrandX,
  IconBrandYoutube,
  type Icon,
} from '@tabler/icons-react'
import type { Platform } from '#shared/contract/index'
import { platformLabels } from '../../components/influencer-filters.ts'

const icons: Record<Platform, Icon> = {
  instagram: IconBrandInstagram,
  tiktok: IconBrandTiktok,
  youtube: IconBrandYoutube,
  twitter: IconBrandX,
  linkedin: IconBrandLinkedin,
  twitch: IconBrandTwitch,
}

/** The platforms someone is on, main one first, as small icons named for screen readers. */
export function PlatformIcons({
  platforms,
  primary,
}: {
  platforms: readonly Platform[]
  primary: Platform | null
}) {
  const list = [...new Set([...(primary ? [primary] : []), ...platforms])]
  if (list.length === 0) return null
  const label = list.map((p) => platformLabels[p]).join(', ')
  return (
    <Group gap={5} wrap="nowrap" role="img" aria-label={`On ${label}`} title={label}>
      {list.map((p) => {
        const PlatformIcon = icons[p]
        return <PlatformIcon key={p} size={14} stroke={1.7} color="var(--mantine-color-dimmed)" />
      })}
    </Group>
  )
}
