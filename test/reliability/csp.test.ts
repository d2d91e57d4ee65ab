/**
 * The Content Security Policy of the built site (dist/, when it has been built): every page carries exactly one
 * policy, first in <head>, that admits the site's own origin only, and that lists the hash of every inline script
 * the page holds (a stale hash would block the page's own code; a missing policy would let anything run).
 */
import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {projectRoot} from "../../loaders/paths.js";

const dist = join(projectRoot, "dist");
const built = existsSync(join(dist, "index.html"));

/** Every HTML file of the built site, read once (a concurrent build may swap dist/ afterwards; we test this read). */
const pages: {path: string; html: string}[] = built
  ? readdirSync(dist, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return {path: relative(dist, file), html: readFileSync(file, "utf8")};
      })
  : [];

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The directives of a policy by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name as string, sources])
  );
}

describe.skipIf(!built)("the built site's Content Security Policy (dist/)", () => {
  it("covers every page of the site", () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.map((p) => p.path)).toContain("index.html");
  });

  it.each(pages.map((p) => [p.path, p] as const))("%s carries one policy, first in <head>", (_path, {html}) => {
    expect([...html.matchAll(META)]).toHaveLength(1);
    expect(html).toMatch(/<head>\s*<meta http-equiv="Content-Security-Policy" content="/);
  });

  it.each(pages.map((p) => [p.path, p] as const))("%s admits no origin but its own", (_path, {html}) => {
    const policy = [...html.matchAll(META)][0]?.[1] ?? "";
    const parsed = directives(policy);
    expect(parsed.get("default-src")).toEqual(["'self'"]);
    expect(parsed.get("object-src")).toEqual(["'none'"]);
    expect(parsed.get("base-uri")).toEqual(["'self'"]);
    expect(parsed.get("connect-src")).toEqual(["'self'"]);
    for (const [name, sources] of parsed) {
      for (const source of sources) {
        // only keywords, hashes and the local schemes data:/blob: (never a host, a wildcard or http(s):)
        expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|'unsafe-inline'|'unsafe-hashes'|'sha256-[A-Za-z0-9+/]+=*'|data:|blob:)$/);
      }
    }
    expect(parsed.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("unsafe-eval");
  });

  it.each(pages.map((p) => [p.path, p] as const))("%s lists the hash of each of its inline scripts", (_path, {html}) => {
    const scriptSources = directives([...html.matchAll(META)][0]?.[1] ?? "").get("script-src") ?? [];
    const inline = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? "");
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) {
      expect(scriptSources).toContain(`'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`);
    }
  });
});
