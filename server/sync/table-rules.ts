import type { PermissionName } from '#shared/domain/permissions'
import {
  contractTransitions,
  documentApprovals,
  documentTransitions,
  financialDocumentTransitions,
  offerTransitions,
  paymentTransitions,
} from '#shared/domain/status-machines'

/** A status column decided by the server: allowed moves, where a new row may start, who may approve. */
export interface StatusRule {
  machine: Readonly<Record<string, readonly string[]>>
  initial: readonly string[]
  /** Statuses only a holder of the named permission may move a row into. */
  approvals?: Readonly<Record<string, PermissionName>>
}

export interface TableRules {
  /**
   * How a row's organization is found. Must match the first trigger argument of the table
   * in migration 0004 (server/sync/catalog.test.ts compares them).
   */
  org: 'org_id' | 'id' | 'role' | 'none'
  /**
   * Private rows reach only their owner: when visibility = 'private', or always, or (for a
   * document's body) when the document the column points at is private.
   */
  privacy?: { kind: 'visibility' | 'always' | 'document'; ownerColumn: string }
  /** The permission to insert or edit; null: devices only read this table. */
  write: PermissionName | null
  /** The permission to delete (tombstone); the write permission when absent. */
  remove?: PermissionName
  /** False where rows are made by the server only (organizations). */
  insertable?: boolean
  /** Columns the server alone sets; a device's value for them is ignored. */
  serverColumns?: readonly string[]
  status?: StatusRule
  /**
   * Columns only a holder of the permission may set to anything but their starting value
   * (money leaving escrow, a payment marked paid).
   */
  guardedColumns?: Readonly<Record<string, { permission: PermissionName; initial: unknown }>>
  /** A user may only write rows whose column names themselves (their notifications). */
  selfColumn?: string
  /**
   * Columns holding Yjs updates of a document's body (sync rule 5): bytes that do not merge
   * are refused, so one broken client cannot make a document unreadable for everyone.
   */
  yjsColumns?: readonly string[]
}

const team = (write: PermissionName, extra: Partial<TableRules> = {}): TableRules => ({
  org: 'org_id',
  write,
  ...extra,
})

/** Every synced table's rules; the catalog refuses to start if one is missing. */
export const tableRules: Readonly<Record<string, TableRules>> = {
  organizations: { org: 'id', write: 'settings.manage', insertable: false },
  // People and roles change through the admin API (server/auth/routes.ts), which also ends
  // a suspended user's sessions; devices only read them.
  users: { org: 'org_id', write: null },
  roles: { org: 'org_id', write: null },
  permissions: { org: 'none', write: null },
  role_permissions: { org: 'role', write: null },
  user_roles: { org: 'org_id', write: null },
  notifications: {
    org: 'org_id',
    write: null,
    privacy: { kind: 'always', ownerColumn: 'user_id' },
    selfColumn: 'user_id',
  },
  brands: team('brand.write'),
  products: team('brand.write'),
  influencers: team('influencer.write', { remove: 'influencer.delete' }),
  influencer_accounts: team('influencer.write'),
  influencer_stats_history: team('influencer.write'),
  pipeline_stages: team('settings.manage'),
  influencer_relationships: team('pipeline.write', {
    privacy: { kind: 'visibility', ownerColumn: 'owner_id' },
  }),
  interactions: team('pipeline.write', {
    privacy: { kind: 'visibility', ownerColumn: 'user_id' },
  }),
  tasks: team('pipeline.write'),
  campaigns: team('campaign.write', { remove: 'campaign.delete' }),
  campaign_influencers: team('campaign.write'),
  campaign_products: team('campaign.write'),
  deliverables: team('campaign.write'),
  offers: team('offer.write', {
    status: { machine: offerTransitions, initial: ['pending'] },
  }),
  contracts: team('contract.write', {
    status: { machine: contractTransitions, initial: ['pending'] },
  }),
  payments: team('payment.write', {
    // Releasing escrow or marking money paid is approving it, whatever the status says.
    guardedColumns: {
      escrow_status: { permission: 'payment.approve', initial: 'held' },
      escrow_released_at: { permission: 'payment.approve', initial: null },
      paid_at: { permission: 'payment.approve', initial: null },
    },
    status: {
      machine: paymentTransitions,
      initial: ['pending'],
      approvals: {
        authorized: 'payment.approve',
        captured: 'payment.approve',
        released: 'payment.approve',
        refunded: 'payment.approve',
      },
    },
  }),
  financial_documents: team('document.write', {
    serverColumns: ['document_number', 'number_provisional'],
    status: {
      machine: financialDocumentTransitions,
      initial: ['pending'],
      approvals: {
        approved: 'finance.approve',
        paid: 'finance.approve',
        rejected: 'finance.approve',
      },
    },
  }),
  post_metrics: team('campaign.write'),
  opportunities: team('campaign.write'),
  analytics_snapshots: team('settings.manage'),
  import_runs: team('import.run'),
  documents: team('document.write', {
    privacy: { kind: 'visibility', ownerColumn: 'owner_id' },
    status: {
      machine: documentTransitions,
      initial: ['draft'],
      approvals: documentApprovals,
    },
  }),
  document_updates: team('document.write', {
    privacy: { kind: 'document', ownerColumn: 'document_id' },
    yjsColumns: ['update'],
  }),
  document_versions: team('document.write', {
    privacy: { kind: 'document', ownerColumn: 'document_id' },
    yjsColumns: ['snapshot'],
  }),
  // Anyone drafting uses templates; managers (who approve documents) shape them.
  document_templates: team('document.approve'),
}
