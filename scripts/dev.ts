/** `npm run dev`: live preview on 127.0.0.1 with fresh loader outputs and no network. */
import {spawnSync} from "node:child_process";
import {rmSync} from "node:fs";
import {join} from "node:path";
import {prepare, projectRoot} from "./prepare.js";

// Fresh loader outputs: Framework would otherwise keep serving data cached before data/ or loaders/ changed.
rmSync(join(projectRoot, "src", ".observablehq", "cache"), {recursive: true, force: true});
await prepare();
const port = process.env.PORT ?? "3000";
const result = spawnSync(
  process.execPath,
  [join(projectRoot, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js"), "preview", "--host", "127.0.0.1", "--port", port, "--no-open"],
  {cwd: projectRoot, stdio: "inherit", env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}}
);
process.exit(result.status ?? 1);
