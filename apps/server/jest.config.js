/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.(ts|js|mjs)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // NestJS 12 and openid-client 6 (with oauth4webapi and jose) are published as ES modules; Jest (on
  // Node 20) needs them compiled to CommonJS. Node itself loads them with require(esm).
  transformIgnorePatterns: ['/node_modules/\\.pnpm/(?!(@nestjs\\+|openid-client@|oauth4webapi@|jose@))'],
  testSequencer: '<rootDir>/jest.sequencer.js',
  globalSetup: '<rootDir>/src/test/global-setup.ts',
  globalTeardown: '<rootDir>/src/test/global-teardown.ts',
  // An app boots in seconds, but beside typecheck, lint and the browser on 2 cores it can take far
  // longer; a browser test of a whole road (several people, several screens) takes a minute there.
  testTimeout: 120000,
};
