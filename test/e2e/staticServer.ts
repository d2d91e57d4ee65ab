import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, normalize, sep} from "node:path";

const TYPES: Record<string, string> = {
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

/** Serves a built site on 127.0.0.1 the way a static host does: `/page` finds `page.html`, `/dir/` finds `index.html`. */
export async function serveStatic(root: string, headers: Record<string, string> = {}): Promise<{server: Server; origin: string}> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = resolveFile(root, pathname);
    if (!file) {
      response.writeHead(404, {"content-type": "text/plain"}).end(`not found: ${pathname}`);
      return;
    }
    response.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers});
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("serveStatic: no TCP address");
  return {server, origin: `http://127.0.0.1:${address.port}`};
}

function resolveFile(root: string, pathname: string): string | undefined {
  const safe = normalize(join(root, pathname));
  if (!safe.startsWith(normalize(root + sep)) && safe !== normalize(root)) return undefined;
  for (const candidate of [safe, `${safe}.html`, join(safe, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}
