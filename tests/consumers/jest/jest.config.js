// The usual React test setup: Jest in a jsdom window, test files as
// CommonJS (no transform configured).
module.exports = { testEnvironment: 'jsdom', roots: ['<rootDir>/src'], testMatch: ['**/*.test.cjs'] };
