/** One action applied to many influencers at once, in one transaction. */
export const bulkChannels = {} as const
