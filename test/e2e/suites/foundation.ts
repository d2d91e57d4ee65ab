import type {Page} from "playwright-core";
import {expectThat, type E2ESuite} from "../suite.js";

/** WCAG contrast of two computed CSS colours: `rgb(…)`/`rgba(…)` (0–255) or `color(srgb …)` (0–1, from color-mix). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const scale = css.startsWith("color(srgb") ? 1 : 255;
    const [r, g, bl] = (css.match(/\d*\.?\d+/g) ?? ["0", "0", "0"]).slice(0, 3).map((v) => {
      const c = Number(v) / scale;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

async function colours(page: Page) {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const heading = getComputedStyle(document.querySelector("h1") as Element);
    const root = getComputedStyle(document.documentElement);
    return {background: root.backgroundColor, text: body.color, heading: heading.color};
  });
}

const suite: E2ESuite = {
  name: "foundation",
  tests: [
    {
      name: "text is legible in the light and the dark theme",
      async run({open}) {
        for (const scheme of ["light", "dark"] as const) {
          const {page, problems, close} = await open("/market/occupations");
          await page.emulateMedia({colorScheme: scheme});
          const {background, text, heading} = await colours(page);
          await close();
          expectThat(problems.length === 0, problems.join("; "));
          expectThat(contrast(background, text) >= 7, `${scheme}: body text contrast ${contrast(background, text).toFixed(1)} < 7 (${text} on ${background})`);
          expectThat(contrast(background, heading) >= 4.5, `${scheme}: heading contrast ${contrast(background, heading).toFixed(1)} < 4.5`);
          if (scheme === "dark") expectThat(contrast(background, "rgb(0, 0, 0)") < 2, `dark theme background is not dark: ${background}`);
        }
      }
    },
    {
      name: "a chart's download gives the rows behind it as CSV",
      async run({open}) {
        const {page, close} = await open("/market/occupations");
        const link = page.locator("figure[data-chart] a[download]").first();
        const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
        const path = await download.path();
        const {readFileSync} = await import("node:fs");
        const lines = readFileSync(path, "utf8").trim().split("\n");
        await close();
        expectThat(lines[0]?.startsWith("soc_code,occupation,major_group") === true, `unexpected header: ${lines[0]}`);
        // the first chart plots every detailed occupation of occupation_demand (832) until the reader filters
        expectThat(lines.length === 833, `expected 832 rows and a header, found ${lines.length} lines`);
      }
    },
    {
      name: "the Content Security Policy blocks a request to another origin",
      async run({open}) {
        const {page, close} = await open("/market/occupations");
        const outcome = await page.evaluate(async () => {
          const violation = new Promise<string>((resolve) => document.addEventListener("securitypolicyviolation", (e) => resolve(e.violatedDirective), {once: true}));
          const request = fetch("http://203.0.113.7/steal").then(() => "fetched", () => "blocked");
          return {request: await request, directive: await Promise.race([violation, new Promise<string>((r) => setTimeout(() => r("none"), 2000))])};
        });
        await close();
        expectThat(outcome.request === "blocked" && outcome.directive === "connect-src", `expected a connect-src violation, got ${JSON.stringify(outcome)}`);
      }
    },
    {
      name: "the page uses the self-hosted Inter font",
      async run({open}) {
        const {page, close} = await open("/market/occupations");
        const loaded = await page.evaluate(async () => {
          await document.fonts.ready;
          return [...document.fonts].some((f) => f.family.replaceAll('"', "") === "Inter" && f.status === "loaded");
        });
        await close();
        expectThat(loaded, "Inter was not loaded");
      }
    }
  ]
};
export default suite;
