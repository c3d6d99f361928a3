/** Type checking runs once in `npm run typecheck`; jest only transpiles, which keeps the suite fast. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  testTimeout: 30000,
  // Suites that start servers on fixed ports (the playground) must not overlap.
  maxWorkers: 2,
};
