import {
  IconCalendarDue,
  IconChartBar,
  IconFileText,
  IconLayoutKanban,
  IconSettings,
  IconSpeakerphone,
  IconUsers,
} from '@tabler/icons-react'
import type { ComponentType } from 'react'

export interface NavItem {
  path: string
  label: string
  icon: ComponentType<{ size?: number; stroke?: number }>
  /** Mod+<digit> jumps here from anywhere. */
  shortcut: string
}

export const navItems: NavItem[] = [
  { path: '/today', label: 'Today', icon: IconCalendarDue, shortcut: '1' },
  { path: '/pipeline', label: 'Pipeline', icon: IconLayoutKanban, shortcut: '2' },
  { path: '/influencers', label: 'Influencers', icon: IconUsers, shortcut: '3' },
  { path: '/campaigns', label: 'Campaigns', icon: IconSpeakerphone, shortcut: '4' },
  { path: '/documents', label: 'Documents', icon: IconFileText, shortcut: '5' },
  { path: '/dashboard', label: 'Dashboard', icon: IconChartBar, shortcut: '6' },
  { path: '/settings', label: 'Settings', icon: IconSettings, shortcut: '7' },
]
