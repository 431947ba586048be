import type { builtInRoles } from './enums.ts'

/**
 * The permissions of seed 000 as verbs on things, and what each built-in role holds. The
 * server enforces them on every push (server/sync/permissions.ts); the desktop reads them
 * to hide what a user may not do; the first-run command and the demo data create them.
 */
export const permissionNames = {
  'influencer.write': 'Add, edit and import influencers',
  'influencer.delete': 'Delete influencers',
  'pipeline.write': 'Move cards and edit relationships',
  'campaign.write': 'Create and edit campaigns',
  'campaign.delete': 'Delete campaigns',
  'brand.write': 'Create and edit brands and products',
  'offer.write': 'Make and answer offers',
  'contract.write': 'Draft and send contracts',
  'payment.write': 'Record payments',
  'payment.approve': 'Approve and release payments',
  'document.write': 'Draft documents',
  'document.approve': 'Approve documents for sending',
  'finance.approve': 'Approve purchase orders and invoices',
  'report.view': 'See reports and dashboards',
  'import.run': 'Import influencer lists',
  'user.manage': 'Invite users and assign roles',
  'settings.manage': 'Change workspace settings',
} as const
export type PermissionName = keyof typeof permissionNames
export const allPermissions = Object.keys(permissionNames) as PermissionName[]
export const rolePermissions: Record<(typeof builtInRoles)[number], PermissionName[]> = {
  admin: allPermissions,
  manager: allPermissions.filter((p) => p !== 'user.manage' && p !== 'settings.manage'),
  member: [
    'influencer.write',
    'pipeline.write',
    'campaign.write',
    'offer.write',
    'document.write',
    'report.view',
    'import.run',
  ],
  viewer: ['report.view'],
}
export const roleDescriptions: Record<(typeof builtInRoles)[number], string> = {
  admin: 'Runs the workspace: users, settings and everything else',
  manager: 'Runs campaigns and approves money and documents',
  member: 'Works the roster and campaigns day to day',
  viewer: 'Reads reports; changes nothing',
}
