import { defineConfig } from 'vitest/config';

// `npm run bench`: measurements printed to the console, never asserted and never part of `npm test`.
export default defineConfig({ test: { include: ['tests/bench/**/*.bench.ts'], silent: false } });
