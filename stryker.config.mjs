// Mutation testing of the rules (`npm run mutate -- <files>`; see docs/MUTATION.md). Not part of CI: it takes about
// half an hour a pack on a shared two-core machine.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    // Only the rule tests: they are the ones that should notice a wrong rule, and running the rest per mutant would
    // take hours. test/core/ce/helpers.ts is imported by the CE pack tests.
    // `npm run mutate -- --tests <globs> <files>` narrows this further (every test file is loaded for every mutant).
    config: { testMatch: (process.env.MUTATE_TESTS || 'test/core/rules/**/*.test.ts').split(',').map((g) => `<rootDir>/${g.trim()}`) },
    enableFindRelatedTests: false,
  },
  mutate: ['src/core/rules/**/*.ts'],
  // perTest: a mutant runs only the tests that reached it. Code behind a module-level cache (zj2017/travel.ts)
  // is reached only by the first test that fills the cache, so `npm run mutate -- --all-tests …` runs every
  // selected test for every mutant there (slower; static mutants are then included too).
  coverageAnalysis: process.env.MUTATE_ALL_TESTS ? 'all' : 'perTest',
  // Mutants in module-level constants (parameter tables, clause texts) would need every test per mutant; the
  // parameters are data checked by their own schema, so they are left out.
  ignoreStatic: !process.env.MUTATE_ALL_TESTS,
  concurrency: 2,
  timeoutMS: 60000,
  timeoutFactor: 3,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  ignorePatterns: ['lib', 'dist', 'coverage', 'reports', 'examples-out', 'bench/out', 'test/output'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
