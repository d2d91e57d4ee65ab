/** Observable Framework configuration: offline by construction (see docs/offline-build.md). */
export default {
  root: "src",
  output: process.env.MCW_BUILD_OUTPUT ?? "dist",
  title: "Micro-credential Workbench",
  pages: [
    {name: "Market need", pages: [{name: "Occupations with the most openings", path: "/occupations"}]}
  ],
  // No font service: Framework's default global stylesheet would link one.
  globalStylesheets: [],
  style: "style.css",
  // An inline icon: browsers otherwise request /favicon.ico from every page.
  head: `<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%223%22 fill=%22%230072b2%22/%3E%3C/svg%3E">`,
  // DuckDB-WASM extensions would be downloaded at build time; pages read Arrow and JSON instead.
  duckdb: {extensions: {json: null, parquet: null}},
  footer: "Micro-credential Workbench · open-source; every figure names its source and vintage.",
  search: false,
  linkify: false
};
