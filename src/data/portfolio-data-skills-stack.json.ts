import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {readPortfolioFile} from "../../cli/commands/portfolio.js";
import {nodeIo} from "../../cli/io.js";

// The shipped example portfolio exactly as written, after the same check as `mcw portfolio` (a broken file fails the
// build with file:line:column messages); the page parses this JSON with the same parsePortfolio.
const file = fileURLToPath(new URL("../../portfolios/data-skills-stack.json", import.meta.url));
readPortfolioFile(file, nodeIo());
process.stdout.write(JSON.stringify(JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""))));
