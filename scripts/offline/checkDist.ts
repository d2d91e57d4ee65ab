import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";

/**
 * Hosts whose appearance in a built file means the site would fetch from them: Framework's CDN and registry,
 * the font service, DuckDB's extension server, Observable's own site (its default footer and telemetry).
 */
const FORBIDDEN = /cdn\.jsdelivr\.net|registry\.npmjs\.org|fonts\.googleapis\.com|fonts\.gstatic\.com|extensions\.duckdb\.org|unpkg\.com|esm\.sh|api\.observablehq\.com|events\.observablehq\.com/;
/** HTML attributes that make a browser request a URL by themselves. */
const REMOTE_ATTRIBUTE = /\b(?:src|href|srcset|poster|data)\s*=\s*["']?(?:https?:)?\/\/(?!127\.0\.0\.1|localhost)[^"'\s>]+/gi;

/** Lists `file: reference` for every forbidden host in dist/ and every remote src/href in its HTML. */
export function findNetworkReferences(dir: string): string[] {
  const found: string[] = [];
  for (const file of walk(dir)) {
    if (!/\.(html|js|css|json)$/.test(file)) continue;
    const text = readFileSync(file, "utf8");
    const name = relative(dir, file);
    const host = text.match(FORBIDDEN);
    if (host) found.push(`${name}: ${host[0]}`);
    if (file.endsWith(".html")) {
      for (const match of text.matchAll(REMOTE_ATTRIBUTE)) {
        // A plain hyperlink for the reader to follow (a source's home page) is not a request the page makes.
        const before = text.slice(Math.max(0, (match.index ?? 0) - 200), match.index);
        if (/<a\b[^>]*$/i.test(before) && /^href/i.test(match[0])) continue;
        found.push(`${name}: ${match[0]}`);
      }
    }
  }
  return found;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
