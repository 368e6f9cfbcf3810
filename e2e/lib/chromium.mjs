// Debian's chromium, driven headless by playwright-core (which brings no browser of its own).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The browser: $CHROMIUM if set, else Debian's (apt-get install chromium), as .ci/run installs it. */
export async function launchChromium() {
  const executablePath = process.env.CHROMIUM ?? DEBIAN_CHROMIUM;
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: install Debian's (apt-get install chromium) `
      + 'or set CHROMIUM to a Chromium executable');
  }
  // Root (as CI runs) has no user namespace sandbox to give Chromium.
  return chromium.launch({ executablePath, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
}
