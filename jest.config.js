/** One Jest configuration; suites are told apart by folder (tests/unit, tests/integration, tests/e2e). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.spec.ts'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
      },
    ],
  },
  moduleNameMapper: {
    '^@renmian/notice-parser$': '<rootDir>/libs/notice-parser/src',
    '^@renmian/notice-parser/(.*)$': '<rootDir>/libs/notice-parser/src/$1',
    '^@renmian/tenure-rules$': '<rootDir>/libs/tenure-rules/src',
    '^@renmian/tenure-rules/(.*)$': '<rootDir>/libs/tenure-rules/src/$1',
    '^@renmian/database$': '<rootDir>/libs/database/src',
    '^@renmian/database/(.*)$': '<rootDir>/libs/database/src/$1',
    '^@renmian/ingestion$': '<rootDir>/libs/ingestion/src',
    '^@renmian/ingestion/(.*)$': '<rootDir>/libs/ingestion/src/$1',
  },
};
