import {fileURLToPath} from "node:url";
import {PAGE_WEIGHT_BUDGET, measurePageWeight, onePagePerTemplate, pageWeightVerdict, sitePages, type PageWeight} from "../../../bench/pageWeight.js";
import {expectThat, visitAll, type E2EContext, type E2ESuite} from "../suite.js";

const dist = fileURLToPath(new URL("../../../dist", import.meta.url));

/**
 * Every page measured once (cold cache each), shared by the tests below: as the page sweep weighed them at
 * 1280 px, or, when the sweep was filtered, measured here (one candidate report standing for all).
 */
let measured: Promise<readonly PageWeight[]> | undefined;
function weights({browser, origin, pageWeights}: E2EContext): Promise<readonly PageWeight[]> {
  measured ??= pageWeights ? Promise.resolve(pageWeights) : visitAll(onePagePerTemplate(sitePages(dist)), (page) => measurePageWeight(browser, origin, page));
  return measured;
}

const suite: E2ESuite = {
  name: "page weight",
  tests: [
    {
      name: "no page loads DuckDB-WASM or any WebAssembly module",
      async run(context) {
        const all = await weights(context);
        expectThat(all.length > 0, "no page found in dist/");
        const wasm = all.filter((w) => w.wasm.length > 0).map((w) => pageWeightVerdict(w).message);
        expectThat(wasm.length === 0, wasm.join("; "));
      }
    },
    {
      name: `every page downloads at most ${PAGE_WEIGHT_BUDGET.maxBytes.toLocaleString("en-US")} bytes from a static host that gzips text`,
      async run(context) {
        const all = await weights(context);
        const heavy = all.map((w) => pageWeightVerdict(w, "gzipBytes")).filter((v) => !v.ok);
        expectThat(heavy.length === 0, heavy.map((v) => v.message).join("; "));
      }
    },
    {
      name: "the weights count the pages' data files and libraries, and gzip shrinks every page",
      async run(context) {
        const all = await weights(context);
        const largest = all.flatMap((w) => w.largest.map((file) => file.path));
        expectThat(largest.some((p) => p.includes("/_file/data/")), `no data file among any page's largest files: ${largest.join(", ")}`);
        expectThat(largest.some((p) => p.includes("/plot@")), `Plot is not among any page's largest files: ${largest.join(", ")}`);
        const unshrunk = all.filter((w) => !(w.gzipBytes < w.bytes)).map((w) => `${w.page} (${w.gzipBytes} ≥ ${w.bytes})`);
        expectThat(unshrunk.length === 0, `gzip did not shrink: ${unshrunk.join(", ")}`);
      }
    }
  ]
};

export default suite;
