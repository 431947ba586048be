/** Documents as lists (the drafting itself arrives with the documents issue). */
export const documentChannels = {} as const
