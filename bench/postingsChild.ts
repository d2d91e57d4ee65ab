/**
 * Child process of bench/postings.ts: `node --import tsx bench/postingsChild.ts --rows N [--seed S] [--threads T]
 * [--memory-limit 3GB] [--lake]` runs the postings pipeline once and prints its measurements as one JSON line
 * on stdout. A bad argument or a failed step prints the message on stderr and exits 1.
 */
import {parsePostingsArgs, runPostingsPipeline} from "./postingsPipeline.js";

try {
  const result = await runPostingsPipeline(parsePostingsArgs(process.argv.slice(2)));
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
