import {readBuildInfo} from "./readBuildInfo.js";

// What built the site, for the provenance block of the scenario report (reports/scenario.md and every candidate report): package name and
// version, commit, and the build date from SOURCE_DATE_EPOCH or the last commit (never the clock).
process.stdout.write(JSON.stringify(readBuildInfo()));
