/**
 * The built site on this machine, for `mcw report`, the browser tests and the page-weight benchmark: a static server
 * for dist/ on 127.0.0.1 (node:http, the way a static host serves it) and headless Chromium through playwright-core.
 */
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, normalize, sep} from "node:path";
import type {Browser} from "playwright-core";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".arrow": "application/vnd.apache.arrow.file",
  ".parquet": "application/vnd.apache.parquet",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm"
};

/** Debian's Chromium; CHROMIUM_PATH overrides it (as for the browser tests). */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** Serves `root` on 127.0.0.1 at a free port: `/page` finds `page.html`, `/dir/` finds `index.html`; nothing outside root. */
export async function serveSite(root: string, headers: Readonly<Record<string, string>> = {}): Promise<{origin: string; close(): Promise<void>}> {
  const base = normalize(root + sep);
  const server: Server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      response.writeHead(400, {"content-type": "text/plain"}).end("bad request");
      return;
    }
    const safe = normalize(join(root, pathname));
    const file = safe.startsWith(base) || safe === normalize(root) ? [safe, `${safe}.html`, join(safe, "index.html")].find((f) => existsSync(f) && statSync(f).isFile()) : undefined;
    if (request.method !== "GET" || file === undefined) {
      response.writeHead(404, {"content-type": "text/plain"}).end(`not found: ${pathname}`);
      return;
    }
    response.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers});
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("serveSite: the static server has no TCP address");
  return {origin: `http://127.0.0.1:${address.port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve()))};
}

/**
 * Launches headless Debian Chromium (never a downloaded browser; CHROMIUM_PATH overrides it) with a fresh profile and
 * without its background traffic (component updates, sync, Google lookups), which a closed network would refuse and
 * which would pollute the browser tests' "requests to other hosts" check.
 */
export async function launchBrowser(): Promise<Browser> {
  const path = chromiumPath();
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}; install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  let playwright: typeof import("playwright-core");
  try {
    playwright = await import("playwright-core");
  } catch {
    throw new Error("playwright-core is not installed; run npm install (it is a development dependency of the workbench)");
  }
  return playwright.chromium.launch({
    executablePath: path,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
  });
}
