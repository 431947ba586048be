import type { DocumentKind } from '../domain/enums.ts'

/**
 * The templates every new workspace starts with (the server's first-run and the demo data
 * both insert these); managers edit them from there. Text as `blocksFromText` reads it.
 */
export const defaultTemplates: readonly { kind: DocumentKind; name: string; body: string }[] = [
  {
    kind: 'brief',
    name: 'Campaign brief',
    body: `# {{campaign.name}}: campaign brief
Brand: **{{brand.name}}**
Runs from {{campaign.start}} to {{campaign.end}} on {{campaign.platforms}}.
## What we want
{{campaign.description}}
## Deliverables
{{campaign.deliverables}}
## Budget
{{campaign.budget}} in total.
Prepared by {{user.name}}, {{organization.name}}, on {{today}}.`,
  },
  {
    kind: 'contract',
    name: 'Creator agreement',
    body: `# Creator agreement
This agreement is made on {{today}} between **{{organization.name}}** ("the Agency"), acting for {{brand.name}}, and **{{influencer.name}}** ({{influencer.handle}}, "the Creator").
## Campaign
The Creator will take part in {{campaign.name}}, from {{campaign.start}} to {{campaign.end}}.
## Deliverables
{{offer.deliverables}}
## Fee
The Agency will pay the Creator a fee of **{{offer.price}}** once the deliverables are published and approved.
## Usage and disclosure
- The Creator discloses the partnership as the platform and local law require (#ad or the platform's paid-partnership label).
- The brand may share the published content on its own channels for 12 months.
## Signatures
For the Agency: {{user.name}}
For the Creator: {{influencer.name}}`,
  },
  {
    kind: 'outreach_email',
    name: 'First outreach',
    body: `Hi {{influencer.first_name}},
We love your content about {{influencer.niche}} and think you would be a great fit for {{brand.name}}.
Would you be open to a paid collaboration for {{campaign.name}}? The fee we have in mind is {{offer.price}}.
Best,
{{user.name}}
{{organization.name}}`,
  },
  {
    kind: 'po',
    name: 'Purchase order',
    body: `# Purchase order
Issued {{today}} by **{{organization.name}}** to **{{influencer.name}}** for {{campaign.name}} ({{brand.name}}).
## Services
{{offer.deliverables}}
Total: **{{document.total}}**, payable by {{document.due}}.
Please quote the purchase order number printed above on your invoice.`,
  },
  {
    kind: 'invoice',
    name: 'Invoice',
    body: `# Invoice
Date: {{today}}
Bill to: **{{brand.name}}**
From: **{{organization.name}}**
## For
{{campaign.name}}: influencer marketing services.
Amount due: **{{document.total}}** by {{document.due}}.
Thank you for your business.`,
  },
]
