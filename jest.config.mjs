/**
 * `npm test` runs the `unit` project once (pure rules: no database, no server), then every
 * integration suite on SQLite, and again on PostgreSQL when TEST_POSTGRES_URL is set and on MongoDB
 * when TEST_MONGODB_URL is set (one jest project per database).
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

const project = (database) => ({
  ...common,
  displayName: database,
  testMatch: ['<rootDir>/tests/int/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
  globals: { TEST_DATABASE: database },
  // The schema pushed once per run into a template database that each test file copies.
  globalSetup: '<rootDir>/tests/helpers/globalSetup.mjs',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.mjs',
})

export default {
  projects: [unit, ...databases.map(project)],
  testTimeout: 120_000,
  maxWorkers: process.env.CI ? 2 : '50%',
}
