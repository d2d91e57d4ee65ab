#!/usr/bin/env node
// mcw: Micro-credential Workbench CLI. Registers tsx so the TypeScript sources run as they are.
import {register} from "tsx/esm/api";

register();
// A closed pipe (e.g. `mcw model x.json | head`) is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const {main} = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
