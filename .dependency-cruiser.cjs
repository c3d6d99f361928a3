/**
 * The architecture as rules: adapters -> app -> domain, never the other way, and the Bot Framework
 * SDK confined to one folder so the move to the Microsoft 365 Agents SDK stays a one-folder change.
 */
const SDKS =
  '^(botbuilder|botframework-|restify|better-sqlite3|@microsoft/microsoft-graph-client|@azure/|adaptivecards|pino|exceljs|playwright)';
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'The domain holds rules only: no app, adapters, Node built-ins (I/O) or SDKs. zod and luxon are pure; ' +
        'date-holidays is holiday data and date rules with no I/O (the working-day calendar).',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { pathNot: ['^src/domain', '^node_modules/(zod|luxon|@types/luxon|date-holidays)/'] },
    },
    {
      name: 'app-knows-no-adapters',
      comment: 'Use cases are written against ports; adapters plug in from the composition root.',
      severity: 'error',
      from: { path: '^src/app' },
      to: { path: ['^src/(adapters|config|cli|main)'] },
    },
    {
      name: 'app-uses-no-sdk',
      severity: 'error',
      from: { path: '^src/app' },
      to: { path: `^node_modules/${SDKS.slice(1)}` },
    },
    {
      name: 'botbuilder-in-one-folder',
      comment: 'Everything that touches the Bot Framework SDK lives in src/adapters/teams.',
      severity: 'error',
      from: { path: '^src', pathNot: '^src/adapters/teams/' },
      to: { path: '^node_modules/(botbuilder|botframework-)' },
    },
    {
      name: 'adapters-do-not-import-the-root',
      severity: 'error',
      from: { path: '^src/adapters' },
      to: { path: ['^src/(cli|main)'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|tests)/' },
  },
};
