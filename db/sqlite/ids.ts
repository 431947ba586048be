import { uuidv7 } from 'uuidv7'

/** UUIDv7 made where the row is born (offline too): time-ordered, never an autoincrement. */
export const newId = (): string => uuidv7()
