/** Observable Framework configuration: offline by construction (see docs/offline-build.md). */
import {existsSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {reportPaths} from "./src/data/reports/reportPaths.js";

interface Page {
  name: string;
  path: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "src");

/**
 * The navigation, by audience. A page appears once its Markdown file exists, so the menu never links to a
 * page that is not built.
 */
const NAVIGATION: {name: string; pages: Page[]}[] = [
  {
    name: "Market need",
    pages: [
      {name: "Occupations in demand", path: "/market/occupations"},
      {name: "Hiring pressure", path: "/market/vacancies"},
      {name: "Demand–supply gap by field", path: "/market/gap"},
      {name: "Market-need score", path: "/market/score"}
    ]
  },
  {
    name: "Learners",
    pages: [
      {name: "Learner survey", path: "/learners/survey"},
      {name: "Published surveys", path: "/learners/published"}
    ]
  },
  {
    name: "Enrolment",
    pages: [
      {name: "Certificates and completions", path: "/enrolment/trends"},
      {name: "Distance education", path: "/enrolment/distance"},
      {name: "MOOC funnel", path: "/enrolment/moocs"},
      {name: "First-year projection", path: "/enrolment/projection"}
    ]
  },
  {
    name: "Finance",
    pages: [
      {name: "Scenario workbench", path: "/scenarios"},
      {name: "Portfolio and consortium", path: "/portfolio"}
    ]
  },
  {
    name: "Institution",
    pages: [{name: "Readiness self-assessment", path: "/readiness"}]
  },
  {
    name: "Research",
    pages: [
      {name: "Reports", path: "/reports/"},
      {name: "Methods and sources", path: "/methods"}
    ]
  }
];

function built(page: Page): boolean {
  const file = page.path.endsWith("/") ? `${page.path}index.md` : `${page.path}.md`;
  return existsSync(join(root, file));
}

export default {
  root: "src",
  output: process.env.MCW_BUILD_OUTPUT ?? "dist",
  title: "Micro-credential Workbench",
  // One research report per candidate of the catalogue (src/reports/[credential].md).
  dynamicPaths: reportPaths(),
  pages: NAVIGATION.map((section) => ({...section, pages: section.pages.filter(built)})).filter((section) => section.pages.length > 0),
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
