import {
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
  { path: '/pipeline', label: 'Pipeline', icon: IconLayoutKanban, shortcut: '1' },
  { path: '/influencers', label: 'Influencers', icon: IconUsers, shortcut: '2' },
  { path: '/campaigns', label: 'Campaigns', icon: IconSpeakerphone, shortcut: '3' },
  { path: '/documents', label: 'Documents', icon: IconFileText, shortcut: '4' },
  { path: '/dashboard', label: 'Dashboard', icon: IconChartBar, shortcut: '5' },
  { path: '/settings', label: 'Settings', icon: IconSettings, shortcut: '6' },
]
