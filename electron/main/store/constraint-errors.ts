import { CrmError } from '#shared/contract/index'

/** Messages for the rules users actually run into; other rules fall back to their name. */
const friendly: Record<string, string> = {
  'offers.campaign_id, offers.influencer_id':
    'This influencer already has an active offer for this campaign. Close, reject or withdraw it before making a new one.',
  'influencers.org_id, influencers.email': 'Another influencer already has this email address.',
  'users.email': 'Another user already has this email address.',
  'campaign_influencers.campaign_id, campaign_influencers.influencer_id':
    'This influencer is already in the campaign.',
  'influencer_accounts.org_id, influencer_accounts.platform, influencer_accounts.handle':
    'Another influencer already has this handle on this platform.',
  'financial_documents.org_id, financial_documents.document_number':
    'Another financial document already has this number.',
  'products.org_id, products.sku': 'Another product already has this SKU.',
  'brands.org_id, brands.name': 'A brand with this name already exists.',
  'influencer_relationships.org_id, influencer_relationships.influencer_id':
    'This influencer is already in the pipeline.',
}

/**
 * Turns SQLite's constraint errors into errors a user can read. The database is the second
 * wall behind zod: these fire when input was well-formed but breaks a rule of the data.
 */
export function translateConstraintError(error: unknown): unknown {
  if (!(error instanceof Error) || !('code' in error)) return error
  const code = String(error.code)
  const detail = error.message.replace(/^[A-Z ]+ constraint failed: /, '')
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new CrmError(
      'conflict',
      friendly[detail] ?? `A record with the same ${detail} already exists.`,
    )
  }
  if (code === 'SQLITE_CONSTRAINT_CHECK') {
    return new CrmError(
      'invalid_input',
      friendly[detail] ?? `The change breaks the rule "${detail}".`,
    )
  }
  if (code === 'SQLITE_CONSTRAINT_NOTNULL') {
    return new CrmError('invalid_input', `${detail} is required.`)
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new CrmError(
      'invalid_input',
      'The change refers to a record that does not exist (it may have been deleted).',
    )
  }
  return error
}
