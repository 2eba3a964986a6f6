/**
 * Module rules, checked in CI (`npm run lint:deps`). The house, in one sentence: collections sit
 * above the features and only the Payload config imports them; the features share words through
 * `src/domain`; nothing that ships imports tests or benchmarks; nothing depends on itself in a circle.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes start-up order matter and hides which module owns what. Break it by moving the shared part down (often into src/domain).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'features-never-import-collections',
      severity: 'error',
      comment: 'Only the Payload config (src/buildConfig.ts) imports collections/ and globals/. Slugs, locales and value sets live in src/domain.',
      from: { path: '^src/', pathNot: '^src/buildConfig\\.ts$' },
      to: { path: '^(collections|globals)/' },
    },
    {
      name: 'nothing-ships-tests',
      severity: 'error',
      comment: 'The server bundle must not pull in tests, test helpers or benchmarks.',
      from: { path: '^(src|collections|globals|scripts)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'tests-do-not-import-benchmarks',
      severity: 'error',
      comment: 'Benchmarks (tests/bench) are run by npm run bench:*, never by the suite.',
      from: { path: '^tests/', pathNot: '^tests/bench/' },
      to: { path: '^tests/bench/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|dist|data|media)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
}
