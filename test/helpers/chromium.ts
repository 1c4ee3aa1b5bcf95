// Debian's Chromium for the browser tests, driven by playwright-core (which downloads no browser).
// Without it the browser tests are skipped with a warning, except under CI, where .ci/run installs
// it and its absence must fail the run rather than pass it quietly.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** Whether the browser tests run here; warns once, naming `what` is skipped, when they do not. */
export function browserTestsRun(what: string): boolean {
  if (existsSync(CHROMIUM) || process.env.CI === "true") return true;
  console.warn(`browser test: ${CHROMIUM} not found, ${what} skipped (apt-get install chromium)`);
  return false;
}

/** A headless Chromium that asks nothing of the network by itself (no updates, no background fetches). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}
