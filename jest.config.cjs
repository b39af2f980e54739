// Tests run the TypeScript sources through esbuild (fast, and it also turns the ESM-only
// dependencies such as fast-check into CommonJS); type checking is `npm run typecheck`.
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  transform: { '\\.[cm]?[jt]sx?$': '<rootDir>/test/support/esbuild-transform.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!(preact|@preact|diff|fast-check|pure-rand|linkedom|htmlparser2|css-select|css-what|domutils|domhandler|domelementtype|dom-serializer|entities|boolbase|nth-check|uhyphen|approx-string-match)/)'],
  testEnvironment: 'node',
};
