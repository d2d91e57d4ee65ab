import {chromium, type Browser} from "playwright-core";

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Launches headless Chromium (Playwright gives it a fresh temporary profile) without its background traffic (component updates,
 * sync, Google lookups), which this machine's closed network would refuse and which would pollute the
 * "requests to other hosts" check.
 */
export async function launchChromium(): Promise<{browser: Browser; close: () => Promise<void>}> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage"
    ]
  });
  return {browser, close: () => browser.close()};
}
