/**
 * Gives every built page a Content Security Policy that admits nothing but the site's own origin.
 *
 * A static site cannot send headers of its own, so the policy travels in a <meta http-equiv> tag (any host
 * serving dist/ may also send it as a header). Framework writes each page's code as inline scripts; instead of
 * allowing all inline script ('unsafe-inline'), the policy lists the SHA-256 of each inline script on that page,
 * so an injected script would not run. Styles stay 'unsafe-inline' because Plot and Inputs set style attributes.
 *
 * htl (the template library behind Inputs and `html`) parses a template with placeholder attribute values such
 * as onclick="::3" and swaps in the real handler function a moment later; Chromium reports the brief inline
 * handler as a violation. `::3` is not valid JavaScript, so allowing exactly those strings ('unsafe-hashes' with
 * their hashes) lets htl work without letting any inline handler run.
 */
import {createHash} from "node:crypto";
import {readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** Placeholders htl can write into an event-handler attribute: one per interpolation in a template. */
const HTL_PLACEHOLDERS = Array.from({length: 64}, (_, i) => `::${i}`);

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The policy for a page whose inline scripts have the given contents. */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = [...new Set(inlineScripts.map(sha256))];
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`.trim(),
    `script-src-attr 'unsafe-hashes' ${HTL_PLACEHOLDERS.map(sha256).join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'"
  ].join("; ");
}

/** Inserts the policy as the first element of <head> in one page's HTML. */
export function withContentSecurityPolicy(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error("withContentSecurityPolicy: the page already has a policy");
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scripts)}">`;
  if (!/<head>/i.test(html)) throw new Error("withContentSecurityPolicy: no <head> in the page");
  return html.replace(/<head>/i, (head) => `${head}\n${meta}`);
}

/** Adds the policy to every HTML page under dir; returns how many pages it changed. */
export function addContentSecurityPolicy(dir: string): number {
  let pages = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(file, withContentSecurityPolicy(readFileSync(file, "utf8")));
    pages++;
  }
  return pages;
}
