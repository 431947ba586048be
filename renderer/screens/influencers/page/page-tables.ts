/** The tables each part of the influencer page shows: a write to one makes that part re-read. */
export const pageTables = {
  influencer: [
    'influencers',
    'influencer_accounts',
    'influencer_stats_history',
    'influencer_relationships',
  ],
  timeline: ['interactions'],
  members: ['users'],
  stages: ['pipeline_stages'],
  tasks: ['tasks'],
  campaigns: ['campaign_influencers', 'campaigns', 'brands'],
  documents: ['documents', 'campaigns'],
} as const
