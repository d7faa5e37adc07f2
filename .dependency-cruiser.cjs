// Architecture rules (issue 15), run by `npm test` (test/architecture.test.ts).
// Layers, from the bottom: core/ → formats/ → records/ → cli kit → workflows/<name>/ →
// the workflow registry (workflows/index.ts) → report/, admin/, demo/, cli program.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import circles.', from: {}, to: { circular: true } },
    {
      name: 'core-is-the-bottom',
      severity: 'error',
      comment: 'core/ imports no workflow, report, output format, record view or CLI module.',
      from: { path: '^src/core/' },
      to: { path: '^src/(workflows|report|formats|records|admin|demo|cli|i18n)/' },
    },
    {
      name: 'formats-below-workflows',
      severity: 'error',
      comment: 'Output formats (tables, CSV, HTML/PDF, width) know no workflow.',
      from: { path: '^src/formats/' },
      to: { path: '^src/(workflows|report|records|admin|demo|cli|i18n)/' },
    },
    {
      name: 'records-below-workflows',
      severity: 'error',
      comment: 'The uniform record verbs get a workflow descriptor passed in; they import none.',
      from: { path: '^src/records/' },
      to: { path: '^src/(workflows|report|admin|demo)/' },
    },
    {
      name: 'workflow-to-workflow-through-api',
      severity: 'error',
      comment: 'A workflow calls another only through that workflow\'s api.ts.',
      from: { path: '^src/workflows/([^/]+)/' },
      to: { path: '^src/workflows/([^/]+)/', pathNot: ['^src/workflows/$1/', '^src/workflows/[^/]+/api\\.ts$'] },
    },
    {
      name: 'workflows-do-not-load-the-registry',
      severity: 'error',
      comment: 'workflows/index.ts lists the workflows; none of them imports it back.',
      from: { path: '^src/workflows/[^/]+/' },
      to: { path: '^src/workflows/index\\.ts$' },
    },
    {
      name: 'workflows-below-reports-and-admin',
      severity: 'error',
      from: { path: '^src/workflows/' },
      to: { path: '^src/(report|admin|demo)/' },
    },
    {
      name: 'only-stores-know-sqlite',
      severity: 'error',
      comment: 'better-sqlite3 (and its types) only in core/store/ and workflows\' store files.',
      from: { pathNot: ['^src/core/store/', '^src/workflows/[^/]+/store[^/]*\\.ts$'] },
      to: { path: 'node_modules/(better-sqlite3|@types/better-sqlite3)/' },
    },
    {
      name: 'pure-rules-have-no-io',
      severity: 'error',
      comment: 'rules.ts files and core\'s pure modules import nothing with I/O.',
      from: { path: ['^src/workflows/[^/]+/rules\\.ts$', '^src/core/(calendar|deadline|time|money|identity|input|errors|numbers|states)\\.ts$'] },
      to: { path: ['^src/core/(store|session|loop|profile|paths|calendar-data)', '^(fs|path|node:fs|child_process)$', 'node_modules/(better-sqlite3|pdfkit|eta|@inquirer)'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
