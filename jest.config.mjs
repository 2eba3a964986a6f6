/**
 * `npm test` runs the `unit` project once (pure rules: no database, no server), every integration
 * suite on SQLite, again on PostgreSQL when TEST_POSTGRES_URL is set and on MongoDB when
 * TEST_MONGODB_URL is set (one jest project per database; on PostgreSQL and MongoDB only the suites
 * whose outcome can depend on the engine), and the `browser` project (tests/e2e).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const databases = [
  'sqlite',
  ...(process.env.TEST_POSTGRES_URL ? ['postgres'] : []),
  ...(process.env.TEST_MONGODB_URL ? ['mongodb'] : []),
]

const common = {
  testEnvironment: 'node',
  testEnvironmentOptions: { globalsCleanup: 'off' },
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: { '^@payload-config$': '<rootDir>/src/payload.config.ts' },
}

const unit = { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] }

/**
 * Suites whose subject does not depend on the database engine run on SQLite only: what they check
 * happens above the database (rendering, signing, headers, limits kept in memory or Redis, network
 * checks). Everything that queries, filters, orders, locks or commits runs on every engine.
 */
const engineAgnostic = [
  'tests/int/email-render/', // message rendering and DKIM signing
  'tests/int/feed-public/openapi.test.ts', // the OpenAPI document's shape
  'tests/int/webhooks/targets.test.ts', // connect-time checks of webhook addresses
  'tests/int/monitoring/ssrf.test.ts', // connect-time checks of monitored feed addresses
  'tests/int/auth/session-cookie.test.ts', // cookie attributes
  'tests/int/auth/limits-redis.test.ts', // sign-in limits kept in Redis
  'tests/int/feed-keys/rate-limit', // API key rate limits (memory, Redis)
  'tests/int/subscribe/limits', // sign-up limits (memory, Redis)
  'tests/int/admin/validation-language.test.ts', // the language of validation messages
  'tests/int/richtext/', // which rich-text nodes a save accepts
  'tests/int/media/uploads.test.ts', // image processing (sharp) and file checks
  'tests/int/db/statement-cache.test.ts', // SQLite's statement cache (its own in-memory databases)
  'tests/int/input/logging.test.ts', // what is logged of refused input
  'tests/int/feed-keys/wrong-keys.test.ts', // limits on wrong API keys per address (kept in memory)
  'tests/int/feed-items/organization.test.ts', // the error shape when the settings cannot be read
  'tests/int/email-send/capture.test.ts', // mail written to a folder when there is no SMTP server
  // Access rules, validation and HTTP contracts over Payload's ordinary queries, whose translation to
  // each engine is the adapter's (and is exercised on PostgreSQL by the suites left out of this list:
  // public reads and channels, content, the read model, search, email sending, the change feed).
  'tests/int/feed-keys/keys.test.ts', // key hashing, rotation, last use, scopes
  'tests/int/feed-public/contract.test.ts', // responses against the OpenAPI schemas (the seed on PostgreSQL: seed/)
  'tests/int/email-admin/', // CSV import and export, personal data, delivery reports
  'tests/int/subscribe/signup.test.ts', // sign-up forms, confirmation and their answers
  'tests/int/subscribe/links.test.ts', // signed confirmation and unsubscribe links
  'tests/int/media-visibility/public-access.test.ts', // who may fetch a medium (media-visibility/references stays: transactions)
  'tests/int/media-visibility/through-workflow.test.ts', // the same rule driven over HTTP
  'tests/int/least-privilege/', // field and operation access by role
  'tests/int/auth/sign-in-limits.test.ts', // sign-in counters (memory or Redis)
  'tests/int/admin/dashboard.test.ts', // the dashboard's counts by access
  'tests/int/workflow/press-contacts.test.ts', // press contacts through the workflow's fields
]

const project = (database) => ({
  ...common,
  displayName: database,
  testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
  testPathIgnorePatterns: database === 'sqlite' ? [] : engineAgnostic.map((p) => `<rootDir>/${p}`),
  globals: { TEST_DATABASE: database },
  // The schema pushed once per run into a template database that each test file copies.
  ...(database === 'mongodb' ? {} : { globalSetup: `<rootDir>/tests/helpers/globalSetup.${database}.mjs` }),
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.mjs',
})

/**
 * The browser suites (Debian's Chromium against the production server on a SQLite database of its
 * own, the demo content seeded by its start): a project of their own, so that `--selectProjects
 * unit sqlite` is the quick loop while working and `--selectProjects browser` the UI alone.
 */
const browser = {
  ...common,
  displayName: 'browser',
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  globals: { TEST_DATABASE: 'sqlite' },
}

export default {
  projects: [unit, ...databases.map(project), browser],
  testTimeout: 120_000,
  // Longest suites first, from durations measured here when jest has none cached (a fresh clone).
  testSequencer: '<rootDir>/tests/helpers/sequencer.mjs',
  maxWorkers: process.env.CI ? 2 : '50%',
  // Each test file's ES modules stay in its worker's memory (jest's VM module registry): a worker
  // that ran 70 files held 5 GB and spent its time collecting garbage (a 5-second file took 80).
  // A worker past this much after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '2GB',
  // CI also prints where the time went, per project and slowest file (DURATIONS_OUT=<file> writes durations.json's form).
  reporters: ['default', ...(process.env.CI || process.env.DURATIONS_OUT ? ['<rootDir>/tests/helpers/timesReporter.mjs'] : [])],
}
