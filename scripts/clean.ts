/** `npm run clean`: removes the built site, Framework's loader cache and temporary build folders. */
import {rmSync} from "node:fs";
import {join} from "node:path";
import {projectRoot} from "./prepare.js";

for (const path of ["dist", ".tmp", join("src", ".observablehq", "cache"), join("src", "fonts.css")]) {
  rmSync(join(projectRoot, path), {recursive: true, force: true});
}
