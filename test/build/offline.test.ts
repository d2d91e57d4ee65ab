import {execFileSync, spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {describe, expect, it} from "vitest";
import {findNetworkReferences} from "../../scripts/offline/checkDist.js";
import {VENDORED_PACKAGES, installedVersion, vendorNpm} from "../../scripts/offline/vendorNpm.js";

const root = resolve(import.meta.dirname, "..", "..");

describe("refuseNetwork.mjs", () => {
  it("makes every fetch in the process fail, naming the URL", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", join(root, "scripts", "offline", "refuseNetwork.mjs"), "-e", "fetch('https://cdn.jsdelivr.net/npm/d3').catch((e) => { console.error(e.message); process.exit(3); })"],
      {encoding: "utf8"}
    );
    expect(result.status).toBe(3);
    expect(result.stderr).toContain("network refused (offline build): https://cdn.jsdelivr.net/npm/d3");
  });
});

describe("findNetworkReferences(dir)", () => {
  const dir = mkdtempSync(join(tmpdir(), "mcw-dist-"));
  writeFileSync(join(dir, "ok.html"), '<a href="https://www.bls.gov/emp/">BLS</a><script src="./_npm/d3.js"></script>');
  writeFileSync(join(dir, "cdn.html"), '<script type="module" src="https://cdn.jsdelivr.net/npm/d3@7/+esm"></script>');
  writeFileSync(join(dir, "font.css"), '@import url("https://fonts.googleapis.com/css2?family=Inter");');
  const found = findNetworkReferences(dir);
  it("flags a script loaded from a CDN", () => expect(found.some((f) => f.startsWith("cdn.html"))).toBe(true));
  it("flags a stylesheet importing a font service", () => expect(found).toContain("font.css: fonts.googleapis.com"));
  it("allows a plain hyperlink to a source's home page", () => expect(found.some((f) => f.startsWith("ok.html"))).toBe(false));
});

describe("vendorNpm(root)", () => {
  const temp = mkdtempSync(join(tmpdir(), "mcw-vendor-"));
  symlinkSync(join(root, "node_modules"), join(temp, "node_modules"));
  mkdirSync(join(temp, "src"));
  it("writes a bundle for every browser library into Framework's npm cache, at the installed version", async () => {
    const written = await vendorNpm(temp);
    expect(written.map((w) => w.name)).toEqual([...VENDORED_PACKAGES]);
    const plotFolder = `src/.observablehq/cache/_npm/@observablehq/plot@${installedVersion(root, "@observablehq/plot")}`;
    const plot = readFileSync(join(temp, plotFolder, "_esm.js"), "utf8");
    // Plot's d3 is the sibling bundle, not a second copy, and nothing points at a CDN.
    expect(plot).toContain(`"../../d3@${installedVersion(root, "d3")}/_esm.js"`);
    expect(plot).not.toMatch(/jsdelivr|unpkg/);
  });
});

describe("the production build", () => {
  it("is wired to refuse the network and to disable telemetry", () => {
    const script = readFileSync(join(root, "scripts", "build.ts"), "utf8");
    expect(script).toContain("refuseNetwork.mjs");
    expect(script).toContain('OBSERVABLE_TELEMETRY_DISABLE: "true"');
    expect(execFileSync("git", ["check-ignore", "src/.observablehq/cache/x"], {cwd: root, encoding: "utf8"}).trim()).toBe("src/.observablehq/cache/x");
  });
});
