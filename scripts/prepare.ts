/** Everything Framework needs on disk before it can build or preview offline. */
import {resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {vendorNpm} from "./offline/vendorNpm.js";
import {writeFontStylesheet} from "./offline/selfHostedFonts.js";

export const projectRoot = resolve(fileURLToPath(import.meta.url), "..", "..");

export async function prepare(root = projectRoot): Promise<void> {
  const started = performance.now();
  const bundles = await vendorNpm(root);
  const fontBytes = writeFontStylesheet(root);
  const kB = (n: number) => `${Math.round(n / 1024)} kB`;
  process.stderr.write(
    `[mcw] vendored ${bundles.map((b) => `${b.name}@${b.version} (${kB(b.bytes)})`).join(", ")}; fonts.css ${kB(fontBytes)}; ${Math.round(performance.now() - started)} ms\n`
  );
}
