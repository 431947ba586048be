/** The dashboard's figures: local queries equivalent to the seeds' views. */
export const dashboardChannels = {} as const
