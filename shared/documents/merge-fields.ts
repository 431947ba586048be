/*
 * Merge fields: `{{influencer.name}}` in a template becomes the linked influencer's name
 * when a document is made from it. A field with nothing to fill it stays as written, so
 * the person drafting sees exactly what is still missing.
 */

export const mergeFields = {
  'organization.name': 'Your agency',
  'user.name': 'You, the person drafting',
  today: "Today's date",
  'influencer.name': 'Full name',
  'influencer.first_name': 'First name',
  'influencer.email': 'Email',
  'influencer.handle': 'Main handle, with its platform',
  'influencer.niche': 'Niches',
  'campaign.name': 'Campaign name',
  'campaign.description': 'Campaign description',
  'campaign.budget': 'Campaign budget',
  'campaign.start': 'Start date',
  'campaign.end': 'End date',
  'campaign.platforms': 'Target platforms',
  'campaign.deliverables': 'Deliverables, one per line',
  'brand.name': 'Brand',
  'offer.price': "The influencer's fee (their latest offer, or their rate)",
  'offer.deliverables': 'What the fee pays for',
  'document.number': 'PO or invoice number when drafted (the PDF always prints the final one)',
  'document.total': 'PO or invoice total',
  'document.due': 'Due date',
} as const
export type MergeField = keyof typeof mergeFields
export type MergeValues = Partial<Record<MergeField, string | null>>

const fieldPattern = /\{\{\s*([a-z_]+(?:\.[a-z_]+)*)\s*\}\}/g

/** The fields a template uses, each once, in order. */
export function fieldsIn(template: string): string[] {
  return [...new Set([...template.matchAll(fieldPattern)].map((m) => m[1]!))]
}

export function fillMergeFields(template: string, values: MergeValues): string {
  return template.replace(fieldPattern, (whole, name: string) => {
    const value = values[name as MergeField]
    return value?.trim() ? value : whole
  })
}
