import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    // Two test files at a time even on 2 cores (vitest's default there is 1): many tests wait on child processes
    // (mcw, data loaders, DuckDB builds), so a second file fills the idle core.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
});
