/** What the influencer page shows beyond the influencer itself. */
export const influencerPageChannels = {} as const
