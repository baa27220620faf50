const fs = require('fs');
const path = require('path');

// Suites named *.shared.spec.ts read the team's material in ../shared, which is never committed.
// Where it is absent they are left out, and this says so: nothing is skipped silently.
const sharedDir = process.env.RENMIAN_SHARED_DIR || path.join(__dirname, '..', 'shared');
const hasShared = fs.existsSync(path.join(sharedDir, 'corpus'));
if (!hasShared) {
  process.stderr.write(`jest: ${sharedDir} not found: the *.shared.spec.ts suites (seed gazette, dev corpus) are not run\n`);
}

// The 60-second soak runs on its own (`npm run test:soak`, which .ci/run calls last): beside other
// suites its throughput would measure them, not the service.
const ignored = ['/node_modules/'];
if (!hasShared) ignored.push('\\.shared\\.spec\\.ts$');
if (!process.env.RENMIAN_SOAK) ignored.push('/tests/e2e/soak\\.spec\\.ts$');
// The browser suites need Chromium (Debian's package) and run as their own script, `npm run test:browser`.
if (!process.env.RENMIAN_BROWSER) {
  ignored.push('/tests/browser/');
  process.stderr.write('jest: the browser suites (tests/browser, Chromium) run with `npm run test:browser`\n');
}
// Suites named *.tools.spec.ts make and read documents with programs from Debian (Chromium, Tesseract,
// poppler, qpdf): `npm test` must pass on a machine with only Node.js, so they run as their own
// script, `npm run test:tools` (which .ci/run calls after installing the programs), and say so here.
if (!process.env.RENMIAN_TOOLS) {
  ignored.push('\\.tools\\.spec\\.ts$');
  process.stderr.write('jest: the *.tools.spec.ts suites (PDF, OCR and scans made with Chromium and read by Tesseract) run with `npm run test:tools`\n');
}
// The replica suites make a standby of the machine's PostgreSQL: `npm run test:replica`, which .ci/run calls.
if (!process.env.RENMIAN_REPLICA) {
  ignored.push('/tests/replica/');
  process.stderr.write('jest: the replica suites (tests/replica, a standby of the machine’s PostgreSQL) run with `npm run test:replica`\n');
}

/** One Jest configuration; suites are told apart by folder (tests/unit, tests/integration, tests/e2e). */
module.exports = {
  testPathIgnorePatterns: ignored,
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
        // A dynamic import() stays a native import, as in the compiled app: ES-module-only
        // packages (htmlparser2, pdfjs-dist) are then loaded by Jest's ES module support
        // (--experimental-vm-modules, as `npm test` runs) instead of failing as require().
        module: { type: 'commonjs', ignoreDynamic: true },
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
    '^@renmian/access$': '<rootDir>/libs/access/src',
    '^@renmian/access/(.*)$': '<rootDir>/libs/access/src/$1',
    '^@renmian/exports$': '<rootDir>/libs/exports/src',
    '^@renmian/exports/(.*)$': '<rootDir>/libs/exports/src/$1',
    '^@renmian/parse-eval$': '<rootDir>/libs/parse-eval/src',
    '^@renmian/parse-eval/(.*)$': '<rootDir>/libs/parse-eval/src/$1',
    '^@renmian/documents$': '<rootDir>/libs/documents/src',
    '^@renmian/documents/(.*)$': '<rootDir>/libs/documents/src/$1',
  },
};
