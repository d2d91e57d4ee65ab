import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {DUCKDB_WASM, pageWeightVerdict, sitePages, type PageWeight} from "../../bench/pageWeight.js";
import {belongsInClone} from "../../bench/siteBuild.js";

describe("sitePages(dist)", () => {
  const dist = mkdtempSync(join(tmpdir(), "mcw-dist-pages-"));
  for (const file of ["index.html", "occupations.html", "market/gap.html", "reports/index.html", "_observablehq/theme.html", "_file/data/x.json"]) {
    mkdirSync(join(dist, file, ".."), {recursive: true});
    writeFileSync(join(dist, file), "");
  }
  it("lists every page as a reader visits it, skipping Framework's folders", () => {
    expect(sitePages(dist)).toEqual(["/", "/market/gap", "/occupations", "/reports/"]);
  });
});

describe("pageWeightVerdict(weight, measure)", () => {
  const page = (bytes: number, gzipBytes: number, wasm: string[] = []): PageWeight => ({
    page: "/scenarios",
    bytes,
    gzipBytes,
    requests: 90,
    largest: [
      {path: "/_node/@observablehq/plot@0.6.17/index.js", bytes: 204_027, gzipBytes: 61_000},
      {path: "/_node/zod@4.6.7/index.js", bytes: 456_460, gzipBytes: 95_000}
    ],
    wasm
  });
  it("passes a page within 1 MB", () => expect(pageWeightVerdict(page(999_999, 400_000))).toEqual({ok: true, message: "/scenarios: 999,999 B uncompressed in 90 requests"}));
  it("fails a heavier page and names its largest files, largest first", () => {
    expect(pageWeightVerdict(page(1_476_160, 449_795))).toEqual({
      ok: false,
      message: "/scenarios downloads 1,476,160 B uncompressed > 1,000,000 B; largest: /_node/zod@4.6.7/index.js (456,460 B), /_node/@observablehq/plot@0.6.17/index.js (204,027 B)"
    });
  });
  it("judges the gzipped weight when asked", () => expect(pageWeightVerdict(page(1_476_160, 449_795), "gzipBytes").ok).toBe(true));
  it("fails any page that loads DuckDB-WASM, whatever its weight", () => {
    expect(pageWeightVerdict(page(10, 10, ["/_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm"]))).toEqual({
      ok: false,
      message: "/scenarios loads WebAssembly/DuckDB-WASM: /_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm"
    });
  });
  it("recognises DuckDB and WebAssembly files by name", () => {
    expect(DUCKDB_WASM.test("/_npm/@duckdb/duckdb-wasm@1.29.0/+esm")).toBe(true);
    expect(DUCKDB_WASM.test("/_file/module.wasm?v=1")).toBe(true);
    expect(DUCKDB_WASM.test("/_node/@observablehq/plot@0.6.17/index.js")).toBe(false);
  });
});

describe("belongsInClone(path) — what the clean-build copy takes", () => {
  it("takes sources, data and configuration", () => {
    for (const path of ["", "package.json", "src/index.md", "data/raw/onet/onet_job_zones.tsv", "bench/run.ts", "test/e2e/run.ts"]) expect(belongsInClone(path)).toBe(true);
  });
  it("leaves out what a fresh clone does not have", () => {
    for (const path of ["node_modules", "node_modules/d3/package.json", ".git/HEAD", "dist/index.html", ".tmp/site.lock", "src/.observablehq/cache/x", "src/fonts.css", "test/output/e2e/a.png", "microcred.duckdb", "x.duckdb.wal"]) {
      expect(belongsInClone(path)).toBe(false);
    }
  });
  it("does not mistake a name that merely starts like an excluded folder", () => expect(belongsInClone("distribution/notes.md")).toBe(true));
});
