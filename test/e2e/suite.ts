import type {Browser, Page} from "playwright-core";
import type {PageWeight} from "../../bench/pageWeight.js";

/** What an interaction test gets: the browser, the origin serving dist/, and where to put screenshots. */
export interface E2EContext {
  browser: Browser;
  origin: string;
  output: string;
  /** What each page downloaded at 1280 px in the page sweep, when the sweep visited every page (no filter). */
  pageWeights?: readonly PageWeight[];
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

/**
 * Pages visited at once when a test opens many: each page spends part of its time waiting on the network and the
 * renderer, so two keep a 2-core machine busy. E2E_PAGE_VISITORS overrides it (1 visits one at a time).
 */
export const PAGE_VISITORS = Math.max(1, Number.parseInt(process.env.E2E_PAGE_VISITORS ?? "2", 10) || 2);

/** Runs `visit` on every item, PAGE_VISITORS at a time; results keep the items' order. */
export async function visitAll<T, R>(items: readonly T[], visit: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const visitor = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await visit(items[index] as T);
  };
  await Promise.all(Array.from({length: Math.min(PAGE_VISITORS, items.length)}, visitor));
  return results;
}
