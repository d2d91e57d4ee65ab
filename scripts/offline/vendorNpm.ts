/**
 * Makes Observable Framework build with no network.
 *
 * Framework 1.13 resolves `npm:` imports (its standard library's and the implicit ones: Plot, d3, Inputs, htl,
 * FileAttachment's Arrow reader) by asking the npm registry for a version and downloading a bundle from a CDN,
 * unless a bundle already sits in its cache at `src/.observablehq/cache/_npm/<name>@<version>/_esm.js`.
 * This step writes those bundles from the packages installed in node_modules (esbuild, minified, browser ESM),
 * so the versions in the site are exactly the versions in package-lock.json. A vendored package's imports of
 * another vendored package point at the sibling bundle, so each library is shipped once.
 *
 * Framework also asks the registry for the version of each "recommended library" its standard library can
 * load on demand (react, lodash, …). Pages here never load them; an empty cache folder answers the version
 * question without a request, and the browser test proves nothing from those folders is ever fetched.
 */
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {join, relative, sep} from "node:path";
import {build, type Plugin} from "esbuild";

/** Browser libraries the pages use, directly or through Framework's standard library. */
export const VENDORED_PACKAGES = ["d3", "htl", "isoformat", "d3-dsv", "apache-arrow", "@observablehq/plot", "@observablehq/inputs"] as const;

/** Libraries Framework's standard library can load on demand but no page here uses. */
export const UNUSED_RECOMMENDED_LIBRARIES = [
  "react",
  "react-dom",
  "lodash",
  "arquero",
  "echarts",
  "leaflet",
  "mapbox-gl",
  "topojson-client",
  "@observablehq/sample-datasets",
  "parquet-wasm"
] as const;

/** Version folder for libraries that are never shipped: a valid semver that says what it is. */
const NOT_VENDORED_VERSION = "0.0.0-not-vendored";

export function installedVersion(root: string, name: string): string {
  const manifest = JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as {version: string};
  return manifest.version;
}

function cacheFolder(root: string, name: string, version: string): string {
  return join(root, "src", ".observablehq", "cache", "_npm", `${name}@${version}`);
}

/** Resolves bare imports of other vendored packages to their sibling bundle instead of inlining them. */
function siblingBundles(root: string, self: string, versions: Map<string, string>): Plugin {
  const topLevel = join(root, "node_modules") + sep;
  return {
    name: "sibling-bundles",
    setup(pluginBuild) {
      pluginBuild.onResolve({filter: /^[^./]/}, async (args) => {
        const name = packageName(args.path);
        if (name === self || !versions.has(name) || args.path !== name) return undefined;
        // Only the copy at the top of node_modules is vendored; a nested copy of another version is inlined.
        const require = createRequire(join(args.resolveDir, "noop.js"));
        let resolved: string;
        try {
          resolved = require.resolve(join(name, "package.json"));
        } catch {
          resolved = join(topLevel, name, "package.json");
        }
        if (resolved !== join(topLevel, name, "package.json")) return undefined;
        const from = cacheFolder(root, self, versions.get(self) as string);
        const to = join(cacheFolder(root, name, versions.get(name) as string), "_esm.js");
        return {path: relative(from, to).split(sep).join("/"), external: true};
      });
    }
  };
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] as string);
}

/** Writes every vendored bundle and the empty version folders; returns what it wrote. */
export async function vendorNpm(root: string): Promise<{name: string; version: string; bytes: number}[]> {
  const versions = new Map<string, string>(VENDORED_PACKAGES.map((name) => [name, installedVersion(root, name)]));
  const written: {name: string; version: string; bytes: number}[] = [];
  for (const [name, version] of versions) {
    const folder = cacheFolder(root, name, version);
    const target = join(folder, "_esm.js");
    const result = await build({
      stdin: {
        // Named exports only: none of these packages has a default export that Framework or a page uses.
        contents: `export * from ${JSON.stringify(name)};`,
        resolveDir: root
      },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      legalComments: "inline",
      plugins: [siblingBundles(root, name, versions)],
      logLevel: "silent"
    });
    const code = result.outputFiles[0]?.text;
    if (!code) throw new Error(`vendorNpm: esbuild produced nothing for ${name}`);
    mkdirSync(folder, {recursive: true});
    writeFileSync(target, code);
    written.push({name, version, bytes: code.length});
  }
  for (const name of UNUSED_RECOMMENDED_LIBRARIES) mkdirSync(cacheFolder(root, name, NOT_VENDORED_VERSION), {recursive: true});
  return written;
}

