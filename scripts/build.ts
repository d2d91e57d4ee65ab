/**
 * `npm run build`: a clean, offline, all-or-nothing build of the site into dist/.
 *
 * 1. Framework's loader cache is deleted, so every data loader runs again: Framework only compares a cached
 *    output with its loader file's date and would serve old data after a change in data/ or loaders/.
 * 2. Browser libraries and fonts are vendored from node_modules (scripts/prepare.ts).
 * 3. `observable build` runs with every Node fetch refused (scripts/offline/refuseNetwork.mjs) and telemetry
 *    off: a build that would need the network fails loudly instead of quietly reaching out.
 * 4. Every page gets a Content Security Policy that admits only the site's own origin.
 * 5. It writes to a temporary folder; dist/ is replaced only when the build and its offline check succeed.
 */
import {spawnSync} from "node:child_process";
import {existsSync, renameSync, rmSync} from "node:fs";
import {join} from "node:path";
import {prepare, projectRoot} from "./prepare.js";
import {findNetworkReferences} from "./offline/checkDist.js";
import {addContentSecurityPolicy} from "./offline/contentSecurityPolicy.js";
import {withSiteLock} from "./siteLock.js";

process.exitCode = await withSiteLock(projectRoot, "npm run build", async () => {
  const started = performance.now();
  const cache = join(projectRoot, "src", ".observablehq", "cache");
  const staging = join(projectRoot, ".tmp", `dist-${process.pid}`);
  const dist = join(projectRoot, "dist");

  rmSync(cache, {recursive: true, force: true});
  rmSync(staging, {recursive: true, force: true});
  await prepare();

  const result = spawnSync(process.execPath, [join(projectRoot, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js"), "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: {
      ...process.env,
      MCW_BUILD_OUTPUT: staging,
      OBSERVABLE_TELEMETRY_DISABLE: "true",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${join(projectRoot, "scripts", "offline", "refuseNetwork.mjs")}`.trim()
    }
  });
  if (result.status !== 0) {
    rmSync(staging, {recursive: true, force: true});
    process.stderr.write(`[mcw] build failed (exit ${result.status ?? result.signal}); dist/ left as it was\n`);
    return 1;
  }

  const references = findNetworkReferences(staging);
  if (references.length > 0) {
    rmSync(staging, {recursive: true, force: true});
    process.stderr.write(`[mcw] build refers to other hosts; dist/ left as it was:\n${references.map((r) => `  ${r}`).join("\n")}\n`);
    return 1;
  }

  addContentSecurityPolicy(staging);

  const previous = `${dist}.previous-${process.pid}`;
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(staging, dist);
  rmSync(previous, {recursive: true, force: true});
  process.stderr.write(`[mcw] built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
});
