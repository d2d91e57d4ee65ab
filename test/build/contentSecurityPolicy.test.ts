import {createHash} from "node:crypto";
import {describe, expect, it} from "vitest";
import {contentSecurityPolicy, withContentSecurityPolicy} from "../../scripts/offline/contentSecurityPolicy.js";

const page = `<!DOCTYPE html><html><head><title>x</title></head><body><script type="module">import "./a.js";</script><script src="./b.js"></script></body></html>`;

describe("contentSecurityPolicy(inlineScripts)", () => {
  const policy = contentSecurityPolicy(['import "./a.js";']);
  it("admits only the site's own origin by default", () => expect(policy).toMatch(/^default-src 'self';/));
  it("allows each inline script by its SHA-256, never all inline script", () => {
    const hash = createHash("sha256").update('import "./a.js";').digest("base64");
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
  it("names no other host anywhere", () => expect(policy).not.toMatch(/https?:|\*/));
});

describe("withContentSecurityPolicy(html)", () => {
  const html = withContentSecurityPolicy(page);
  it("puts the policy first in <head>", () => expect(html).toMatch(/<head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/));
  it("hashes inline scripts only, not scripts loaded by src", () => expect(html.match(/'sha256-/g)?.length).toBe(1 + 64));
  it("refuses to add a second policy", () => expect(() => withContentSecurityPolicy(html)).toThrow(/already has a policy/));
});
