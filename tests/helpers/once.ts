import { testDatabaseKind } from './database'

/** Suites that do not touch the database run once, in the SQLite project, not once per engine. */
export const describeOnce: jest.Describe = testDatabaseKind === 'sqlite' ? describe : describe.skip
