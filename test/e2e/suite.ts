import type {Browser, Page} from "playwright-core";

/** What an interaction test gets: the browser, the origin serving dist/, and where to put screenshots. */
export interface E2EContext {
  browser: Browser;
  origin: string;
  output: string;
  /** Opens a page at the given width and collects console errors, uncaught exceptions and off-host requests. */
  open(path: string, width?: number): Promise<{page: Page; problems: string[]; close(): Promise<void>}>;
}

/** One browser test: a sentence for a name and a function that throws (an assertion) when it fails. */
export interface E2ETest {
  name: string;
  run(context: E2EContext): Promise<void>;
}

/** Each file in test/e2e/suites/ default-exports an E2ESuite; run.ts finds and runs them all. */
export interface E2ESuite {
  name: string;
  tests: readonly E2ETest[];
}

/** A tiny assertion for browser tests: the message says what was expected and what was found. */
export function expectThat(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
